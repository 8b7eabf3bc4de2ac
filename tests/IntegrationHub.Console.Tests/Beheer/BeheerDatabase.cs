using Dapper;
using Npgsql;

namespace IntegrationHub.Console.Tests.Beheer;

/// <summary>What the Beheer tests read back from the hub's database.</summary>
public static class BeheerDatabase
{
    /// <summary>How often the intake applied a message: its rows in the attendance ledger.</summary>
    public static async Task<long> LedgerRowsAsync(this NpgsqlDataSource dataSource, Guid messageId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM attendance_ledger WHERE message_id = @messageId", new { messageId });
    }

    public static async Task<long> AcceptedSubmissionsAsync(this NpgsqlDataSource dataSource, Guid messageId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM submissions WHERE message_id = @messageId AND outcome = 'accepted'", new { messageId });
    }

    /// <summary>The failed-message rows of a school by state (failed, replayed, archived).</summary>
    public static async Task<long> FailedMessagesAsync(this NpgsqlDataSource dataSource, string brin, string state)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM failed_messages WHERE brin = @brin AND state = @state", new { brin, state });
    }

    /// <summary>Each retry of a school's failed messages as (message id, replay, by, outcome).</summary>
    public static async Task<IReadOnlyList<(Guid MessageId, int Replay, string By, string Outcome)>> RetriesAsync(this NpgsqlDataSource dataSource, string brin)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(Guid, int, string, string)>("""
            SELECT f.message_id, r.replay, r.replayed_by, r.outcome
            FROM failed_message_replays r JOIN failed_messages f ON f.id = r.failed_message_id
            WHERE f.brin = @brin ORDER BY f.message_id, r.replay
            """, new { brin });
        return rows.AsList();
    }

    /// <summary>Whether the school was connected with batched acceptance (schools.batched_acceptance).</summary>
    public static async Task<bool> BatchedAcceptanceAsync(this NpgsqlDataSource dataSource, string brin)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<bool>("SELECT batched_acceptance FROM schools WHERE brin = @brin", new { brin });
    }

    /// <summary>
    /// The acceptances queued for a school's feedback queue: items inside SubmissionsAccepted messages, and
    /// SubmissionAccepted messages of their own.
    /// </summary>
    public static async Task<(long InBatches, long OneByOne)> AcceptanceAnswersAsync(this NpgsqlDataSource dataSource, string brin)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(long, long)>("""
            SELECT coalesce(sum(json_array_length(body->'accepted')) FILTER (WHERE message_type = 'IntegrationHub.Contracts.V1.SubmissionsAccepted'), 0),
                   count(*) FILTER (WHERE message_type = 'IntegrationHub.Contracts.V1.SubmissionAccepted')
            FROM outbox WHERE destination = 'queue:school.' || @brin || '.feedback'
            """, new { brin });
    }

    public static async Task<long> AuditRowsAsync(this NpgsqlDataSource dataSource, string action, string actor)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM console_audit WHERE action = @action AND actor = @actor", new { action, actor });
    }

    /// <summary>Polls until <paramref name="probe"/> holds or the time is up; returns whether it held.</summary>
    public static async Task<bool> WaitUntilAsync(Func<Task<bool>> probe, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await probe())
            {
                return true;
            }

            await Task.Delay(250);
        }

        return await probe();
    }
}
