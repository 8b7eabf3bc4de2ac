using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Console.Bureau;
using IntegrationHub.Application.Partners;
using IntegrationHub.Contracts.V1;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Console.Bureau;

/// <summary>The bureau's read model on the hub's tables; the projection is the notification as delivered (its outbox row).</summary>
public sealed class NpgsqlBureauMeldingen(NpgsqlDataSource dataSource) : IBureauMeldingen
{
    public async Task<BureauInboxPage> ListAsync(string organisationId, BureauInboxFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(BureauSql.List, new
        {
            OrganisationId = organisationId,
            filter.IncludeClosed,
            Query = string.IsNullOrWhiteSpace(filter.Query) ? null : filter.Query.Trim(),
            Pupil = string.IsNullOrWhiteSpace(filter.Pupil) ? null : filter.Pupil,
            Offset = Math.Max(0, offset),
            Limit = Math.Clamp(limit, 1, 200),
        }, cancellationToken: cancellationToken));
        var items = (await results.ReadAsync<BureauInboxRow>()).Select(r => r.ToItem()).ToList();
        var total = await results.ReadSingleAsync<int>();
        return new BureauInboxPage(items, total);
    }

    public async Task<string?> FindPupilAsync(string organisationId, string persoonsgebondenNummer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persoonsgebondenNummer);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(BureauSql.FindPupil,
            new { OrganisationId = organisationId, Nummer = persoonsgebondenNummer.Trim() }, cancellationToken: cancellationToken));
    }

    public async Task<BureauMelding?> FindAsync(string organisationId, Guid meldingId, CancellationToken cancellationToken)
    {
        var parameters = new { OrganisationId = organisationId, MeldingId = meldingId };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<BureauInboxRow>(new CommandDefinition(BureauSql.Find, parameters, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var statuses = await connection.QueryAsync<StatusRow>(new CommandDefinition(BureauSql.StatusesSet, parameters, cancellationToken: cancellationToken));
        var duo = await connection.QueryAsync<DuoRow>(new CommandDefinition(BureauSql.DuoStatuses, parameters, cancellationToken: cancellationToken));
        var notification = row.Notification is { } json ? JsonSerializer.Deserialize<VerzuimmeldingNotification>(json, HubJson.Options) : null;
        return new BureauMelding(row.ToItem(), notification, statuses.Select(s => s.ToRecord()).ToList(),
            duo.Select(d => new BureauDuoStatus(d.Status, Utc(d.StatusAt), d.RedenAfgesloten, d.ToelichtingAfsluiting)).ToList());
    }

    private static DateTimeOffset Utc(DateTime value) => BureauInboxRow.Utc(value);

    private sealed record DuoRow(string Status, DateTime StatusAt, string? RedenAfgesloten, string? ToelichtingAfsluiting);

    private sealed record StatusRow(
        string OrganisationId, Guid MessageId, Guid MeldingId, string Status, string? RedenAfgesloten, string? ToelichtingAfsluiting,
        string? ContactNaam, string? ContactFunctie, string? ContactTelefoon, string? ContactEmail, DateTime SetAt, DateTime ReceivedAt)
    {
        public StatusRecord ToRecord() => new(OrganisationId, MessageId, MeldingId, Status, RedenAfgesloten, ToelichtingAfsluiting,
            ContactNaam, ContactFunctie, ContactTelefoon, ContactEmail, Utc(SetAt), Utc(ReceivedAt));
    }
}
