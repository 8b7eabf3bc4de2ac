using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Ledger;

/// <summary>Reads pseudonymised domain events back from the attendance ledger, and the school calendars.</summary>
public sealed class NpgsqlLedgerReader(NpgsqlDataSource dataSource) : ILedgerReader
{
    private const string PupilSql = """
        SELECT sequence, message_id, event_type, recorded_at, payload::text AS payload
        FROM attendance_ledger
        WHERE pupil_pseudonym = @Pupil
        ORDER BY sequence
        """;

    private const string BySequenceSql = """
        SELECT sequence, message_id, event_type, recorded_at, payload::text AS payload
        FROM attendance_ledger
        WHERE sequence = @Sequence
        """;

    private const string CalendarsSql = """
        SELECT brin, vestiging, school_year, region, holidays::text AS holidays, days_off::text AS days_off
        FROM school_calendars
        WHERE brin = @Brin AND vestiging = @Vestiging
        ORDER BY school_year
        """;

    public async Task<IReadOnlyList<LedgerEntry>> LoadPupilAsync(string pupil, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<LedgerRow>(new CommandDefinition(PupilSql, new { Pupil = pupil }, cancellationToken: cancellationToken));
        return rows.Select(ToEntry).ToArray();
    }

    public async Task<LedgerEntry?> LoadAsync(long sequence, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<LedgerRow>(
            new CommandDefinition(BySequenceSql, new { Sequence = sequence }, cancellationToken: cancellationToken));
        return row is null ? null : ToEntry(row);
    }

    public async Task<IReadOnlyList<SchoolCalendarOverride>> LoadCalendarsAsync(string brin, string vestiging, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<CalendarRow>(
            new CommandDefinition(CalendarsSql, new { Brin = brin, Vestiging = vestiging }, cancellationToken: cancellationToken));
        return rows.Select(row => new SchoolCalendarOverride(
            row.Brin,
            row.Vestiging,
            row.SchoolYear,
            row.Region,
            row.Holidays is null ? null : JsonSerializer.Deserialize<Holiday[]>(row.Holidays, HubJson.Options),
            JsonSerializer.Deserialize<DateOnly[]>(row.DaysOff, HubJson.Options) ?? [])).ToArray();
    }

    public LedgerEntry Decode(long sequence, Guid messageId, string eventType, DateTimeOffset recordedAt, string payload)
    {
        var type = PupilEventTypes.TypeOf(eventType);
        var pupilEvent = (PupilEvent)(JsonSerializer.Deserialize(payload, type, HubJson.Options)
            ?? throw new InvalidOperationException($"Ledger row {sequence} has an empty payload."));
        return new LedgerEntry(sequence, messageId, recordedAt, pupilEvent);
    }

    private LedgerEntry ToEntry(LedgerRow row) =>
        Decode(row.Sequence, row.MessageId, row.EventType, new DateTimeOffset(DateTime.SpecifyKind(row.RecordedAt, DateTimeKind.Utc)), row.Payload);

    private sealed class LedgerRow
    {
        public long Sequence { get; set; }

        public Guid MessageId { get; set; }

        public string EventType { get; set; } = string.Empty;

        public DateTime RecordedAt { get; set; }

        public string Payload { get; set; } = string.Empty;
    }

    private sealed class CalendarRow
    {
        public string Brin { get; set; } = string.Empty;

        public string Vestiging { get; set; } = string.Empty;

        public string SchoolYear { get; set; } = string.Empty;

        public string Region { get; set; } = string.Empty;

        public string? Holidays { get; set; }

        public string DaysOff { get; set; } = "[]";
    }
}
