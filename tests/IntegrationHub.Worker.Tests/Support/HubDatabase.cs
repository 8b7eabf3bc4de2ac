using Dapper;
using Npgsql;

namespace IntegrationHub.Worker.Tests.Support;

/// <summary>What the tests read back from the hub's database.</summary>
public static class HubDatabase
{
    public static async Task<long> LedgerRowsAsync(this NpgsqlDataSource dataSource, Guid messageId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM attendance_ledger WHERE message_id = @messageId", new { messageId });
    }

    /// <summary>The ledger's events about one registration id (any school, any pupil), oldest first.</summary>
    public static async Task<IReadOnlyList<(Guid MessageId, string EventType)>> LedgerEventsForRegistrationAsync(this NpgsqlDataSource dataSource, string registrationId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(Guid, string)>(
            "SELECT message_id, event_type FROM attendance_ledger WHERE payload->>'registrationId' = @registrationId ORDER BY sequence", new { registrationId });
        return rows.ToList();
    }

    public static async Task<(long Rows, long DistinctMessageIds)> LedgerTotalsAsync(this NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(long, long)>("SELECT count(*), count(DISTINCT message_id) FROM attendance_ledger");
    }

    /// <summary>How many times the intake recorded a message id (0: never).</summary>
    public static async Task<long> ReceiveCountAsync(this NpgsqlDataSource dataSource, Guid messageId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT coalesce(max(receive_count), 0) FROM submissions WHERE message_id = @messageId", new { messageId });
    }

    public static async Task<long> SubmissionsAsync(this NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM submissions");
    }

    public static async Task<long> RejectedSubmissionsAsync(this NpgsqlDataSource dataSource, Guid rejectionId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM rejected_submissions WHERE rejection_id = @rejectionId", new { rejectionId });
    }

    /// <summary>Message ids the intake saw more than once (redeliveries and repeats it de-duplicated).</summary>
    public static async Task<long> RepeatedSubmissionsAsync(this NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM submissions WHERE receive_count > 1");
    }

    /// <summary>Polls the ledger until it holds <paramref name="atLeast"/> rows or <paramref name="bound"/> passes; returns the last count.</summary>
    public static async Task<long> WaitForLedgerRowsAsync(this NpgsqlDataSource dataSource, long atLeast, TimeSpan bound)
    {
        var deadline = DateTime.UtcNow + bound;
        long rows = 0;
        while (DateTime.UtcNow < deadline)
        {
            rows = (await dataSource.LedgerTotalsAsync()).Rows;
            if (rows >= atLeast)
            {
                return rows;
            }

            await Task.Delay(50);
        }

        return rows;
    }
}
