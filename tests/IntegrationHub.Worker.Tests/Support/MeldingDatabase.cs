using Dapper;
using Npgsql;

namespace IntegrationHub.Worker.Tests.Support;

/// <summary>What the tests read back (and, to simulate time passing, change) in the hub's melding tables.</summary>
public static class MeldingDatabase
{
    public static async Task<IReadOnlyList<(Guid MeldingId, string State, DateTimeOffset? SentAt)>> MeldingenAsync(this NpgsqlDataSource dataSource, string brin)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(Guid, string, DateTimeOffset?)>(
            "SELECT melding_id, state, sent_at FROM meldingen WHERE brin = @brin ORDER BY created_at", new { brin });
        return rows.ToList();
    }

    /// <summary>The pupil due checks (kind 'pupil') of one school; their subject names pupil and school.</summary>
    public static async Task<IReadOnlyList<(string Subject, DateTimeOffset DueAt)>> PupilDueChecksAsync(this NpgsqlDataSource dataSource, string brin)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string, DateTimeOffset)>(
            "SELECT subject, due_at FROM due_checks WHERE kind = 'pupil' AND subject LIKE '%/' || @brin || '/%'", new { brin });
        return rows.ToList();
    }

    public static async Task MakeDueNowAsync(this NpgsqlDataSource dataSource, string subject)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var updated = await connection.ExecuteAsync("UPDATE due_checks SET due_at = now() WHERE kind = 'pupil' AND subject = @subject", new { subject });
        if (updated != 1)
        {
            throw new InvalidOperationException($"No pupil due check {subject}.");
        }
    }

    public static async Task<long> OutboxRowsAsync(this NpgsqlDataSource dataSource, Type messageType)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox WHERE message_type = @type", new { type = messageType.FullName });
    }

    /// <summary>A melding's history events, oldest first.</summary>
    public static async Task<IReadOnlyList<string>> HistoryAsync(this NpgsqlDataSource dataSource, Guid meldingId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<string>("SELECT event FROM melding_history WHERE melding_id = @meldingId ORDER BY id", new { meldingId });
        return rows.ToList();
    }
}
