using IntegrationHub.Application.Privacy;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Privacy;

/// <summary>Disclosure entries as the routing writes them, inserted with the lead's <see cref="DisclosureLog"/>.</summary>
public static class DisclosureEntries
{
    public static DisclosureEntry For(string pupil, DateTimeOffset startedAt, string recipient = "leerplicht.rbl-west", string? consentId = null) => new()
    {
        MessageId = Guid.NewGuid(),
        TraceId = Guid.NewGuid().ToString("N"),
        SpanId = Guid.NewGuid().ToString("N")[..16],
        Operation = "AttendanceRegistered " + Guid.NewGuid().ToString("D"),
        ActivityId = consentId is null ? "verzuimmelding-leerplicht/v1" : "mazl-referral/v1",
        LegalBasis = consentId is null ? "avg-6-1-c leerplichtwet-21" : "avg-9-2-a consent",
        Recipient = recipient,
        DataCategories = ["persoonsgebonden-nummer", "verzuim"],
        Subject = pupil,
        ConsentId = consentId,
        StartedAt = startedAt,
    };

    public static async Task InsertAsync(NpgsqlDataSource dataSource, DisclosureLog log, params DisclosureEntry[] entries)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        foreach (var entry in entries)
        {
            batch.BatchCommands.Add(log.InsertCommand(entry));
        }

        await batch.ExecuteNonQueryAsync();
    }

    public static async Task<int> ExecuteAsync(NpgsqlDataSource dataSource, NpgsqlBatchCommand command)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(command);
        await batch.ExecuteNonQueryAsync();
        return command.RecordsAffected;
    }
}
