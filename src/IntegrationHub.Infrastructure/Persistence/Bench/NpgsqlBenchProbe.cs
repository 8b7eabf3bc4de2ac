using Dapper;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Bench;

/// <summary>
/// What <c>hub bench</c> reads from the hub's database while it runs: counts of the pipeline's stages, and at the end
/// when each message was stored. Read-only; a connection per call.
/// </summary>
public sealed class NpgsqlBenchProbe(string connectionString)
{
    // Outbox rows get created_at = now() of the transaction that wrote them, as inbox rows get processed_at; an event
    // whose own evaluation wrote a row still unsent has processed_at = that row's created_at, so it is not done yet.
    private const string CountsSql = """
        WITH oldest_unsent AS (SELECT min(created_at) AS created_at, count(*) AS unsent FROM outbox WHERE sent_at IS NULL)
        SELECT
          (SELECT count(*) FROM attendance_ledger) AS stored,
          (SELECT count(*) FROM inbox WHERE consumer = 'signalering') AS evaluated,
          (SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL) AS relayed,
          o.unsent AS unsent,
          coalesce(extract(epoch FROM clock_timestamp() - o.created_at), 0)::float8 AS outboxlagseconds,
          (SELECT count(*) FROM inbox i WHERE i.consumer = 'signalering'
             AND i.processed_at < coalesce(o.created_at, 'infinity'::timestamptz)) AS done
        FROM oldest_unsent o
        """;

    private const string RecordedSql = """
        SELECT message_id, recorded_at FROM attendance_ledger
        """;

    public async Task<PipelineCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.QuerySingleAsync<PipelineCounts>(new CommandDefinition(CountsSql, cancellationToken: cancellationToken));
    }

    /// <summary>When each message was stored (the ledger's recorded_at), by message id.</summary>
    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> RecordedAtAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var rows = await connection.QueryAsync<(Guid MessageId, DateTime RecordedAt)>(new CommandDefinition(RecordedSql, cancellationToken: cancellationToken));
        var recorded = new Dictionary<Guid, DateTimeOffset>();
        foreach (var (messageId, recordedAt) in rows)
        {
            recorded.TryAdd(messageId, new DateTimeOffset(DateTime.SpecifyKind(recordedAt, DateTimeKind.Utc)));
        }

        return recorded;
    }
}
