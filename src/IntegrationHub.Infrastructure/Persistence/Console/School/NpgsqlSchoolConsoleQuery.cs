using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Console.School;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Console.School;

/// <summary>The school screens' read side on PostgreSQL: one school's BRIN in every WHERE clause.</summary>
public sealed class NpgsqlSchoolConsoleQuery(NpgsqlDataSource dataSource) : ISchoolConsoleQuery
{
    public async Task<SchoolPage<SchoolFindingRow>> FindingsAsync(string brin, string? search, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var grid = await connection.QueryMultipleAsync(Command(SchoolConsoleSql.Findings, new { Brin = brin, Pattern = SchoolSearchPattern.Of(search), Offset = offset, Limit = limit }, cancellationToken));
        var rows = await grid.ReadAsync<SchoolConsoleRows.Finding>();
        var total = await grid.ReadSingleAsync<int>();
        return new SchoolPage<SchoolFindingRow>(rows.Select(r => new SchoolFindingRow(
            r.FindingId, r.Vestiging, r.LvsPupilKey, r.Kind, r.Recipient, Date(r.Begindatum), DateOrNull(r.Einddatum),
            DateOrNull(r.DueDate), Utc(r.RaisedAt))).ToList(), total);
    }

    public async Task<SchoolPage<SchoolMeldingRow>> MeldingenAsync(string brin, string? search, bool decisionRequiredOnly, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var grid = await connection.QueryMultipleAsync(Command(SchoolConsoleSql.Meldingen,
            new { Brin = brin, Pattern = SchoolSearchPattern.Of(search), DecisionOnly = decisionRequiredOnly, Offset = offset, Limit = limit }, cancellationToken));
        var rows = await grid.ReadAsync<SchoolConsoleRows.Melding>();
        var total = await grid.ReadSingleAsync<int>();
        return new SchoolPage<SchoolMeldingRow>(rows.Select(ToRow).ToList(), total);
    }

    public async Task<SchoolMeldingDetail?> MeldingAsync(string brin, Guid meldingId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var grid = await connection.QueryMultipleAsync(Command(SchoolConsoleSql.Melding, new { Brin = brin, MeldingId = meldingId }, cancellationToken));
        var row = await grid.ReadSingleOrDefaultAsync<SchoolConsoleRows.Melding>();
        if (row is null)
        {
            return null;
        }

        var history = await grid.ReadAsync<SchoolConsoleRows.Step>();
        var statuses = await grid.ReadAsync<SchoolConsoleRows.Status>();
        var payload = PayloadFacts.Read(row.Payload);
        return new SchoolMeldingDetail
        {
            Melding = ToRow(row),
            DecisionRequestedAt = payload.DecisionRequestedAt,
            DecisionReason = payload.DecisionReason,
            KeptAt = payload.KeptAt,
            ClosedReason = payload.ClosedReason,
            VerzuimUren = payload.VerzuimUren,
            VerzuimDagen = payload.VerzuimDagen,
            RegisteredAt = row.RegisteredAt is { } registered ? Utc(registered) : null,
            History = history.Select(h => new SchoolMeldingStep(Utc(h.At), h.Event, h.State, h.Detail)).ToList(),
            Statuses = statuses.Select(s => new SchoolMeldingStatus(s.Source, s.Organisation, s.StatusCode, Utc(s.At), s.RedenAfgesloten,
                s.ToelichtingAfsluiting, s.ContactNaam, s.ContactFunctie, s.ContactTelefoon, s.ContactEmail)).ToList(),
        };
    }

    public async Task<SchoolPage<SchoolJgzAdviceRow>> JgzAdviceAsync(string brin, string? search, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var grid = await connection.QueryMultipleAsync(Command(SchoolConsoleSql.Advice, new { Brin = brin, Pattern = SchoolSearchPattern.Of(search), Offset = offset, Limit = limit }, cancellationToken));
        var rows = await grid.ReadAsync<SchoolConsoleRows.Advice>();
        var total = await grid.ReadSingleAsync<int>();
        return new SchoolPage<SchoolJgzAdviceRow>(rows.Select(a => new SchoolJgzAdviceRow(
            a.ReferralId, a.Vestiging, a.LvsPupilKey, a.OrganisationId, a.Participation, a.LoadCapacity, DateOrNull(a.ExpectedFullReturnOn),
            a.StartHoursPerWeek, a.Adjustments, DateOrNull(a.FollowUpOn), Utc(a.GivenAt))).ToList(), total);
    }

    private static SchoolMeldingRow ToRow(SchoolConsoleRows.Melding r) => new(
        r.MeldingId, r.Vestiging, r.LvsPupilKey, r.Kind, r.State, Date(r.Begindatum), DateOrNull(r.Einddatum), DateOrNull(r.Deadline),
        r.SentAt is { } sent ? Utc(sent) : null, r.DuoStatus, r.Meldingsnummer, r.PartnerStatus, r.DecisionRequired);

    private static CommandDefinition Command(string sql, object parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, cancellationToken: cancellationToken);

    private static DateOnly Date(DateTime value) => DateOnly.FromDateTime(value);

    private static DateOnly? DateOrNull(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>The few facts of the stored domain record (PascalCase JSON) the detail page shows.</summary>
    private sealed record PayloadFacts(
        DateTimeOffset? DecisionRequestedAt, string? DecisionReason, DateTimeOffset? KeptAt, string? ClosedReason, decimal VerzuimUren, int VerzuimDagen)
    {
        public static PayloadFacts Read(string? json)
        {
            if (string.IsNullOrEmpty(json))
            {
                return new PayloadFacts(null, null, null, null, 0, 0);
            }

            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return new PayloadFacts(
                Time(root, "DecisionRequestedAt"), Text(root, "DecisionReason"), Time(root, "KeptAt"), Text(root, "ClosedReason"),
                root.TryGetProperty("VerzuimUren", out var uren) && uren.ValueKind == JsonValueKind.Number ? uren.GetDecimal() : 0,
                root.TryGetProperty("VerzuimDagen", out var dagen) && dagen.ValueKind == JsonValueKind.Number ? dagen.GetInt32() : 0);
        }

        private static string? Text(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static DateTimeOffset? Time(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetDateTimeOffset() : null;
    }
}
