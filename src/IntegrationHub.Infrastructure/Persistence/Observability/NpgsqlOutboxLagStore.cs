using Dapper;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Observability;

/// <summary>Reads the outbox lag (<see cref="OutboxLag"/>) through the partial indexes on unsent rows.</summary>
public sealed class NpgsqlOutboxLagStore(NpgsqlDataSource dataSource)
{
    private const string LagSql = """
        SELECT
          (SELECT count(*) FROM outbox WHERE sent_at IS NULL AND blocked_at IS NULL) AS unsent,
          coalesce(extract(epoch FROM @Now - (SELECT min(created_at) FROM outbox WHERE sent_at IS NULL AND blocked_at IS NULL)), 0)::float8 AS oldest_unsent_seconds,
          (SELECT count(*) FROM duo_outbox WHERE done_at IS NULL) AS duo_pending,
          coalesce(extract(epoch FROM @Now - (SELECT min(created_at) FROM duo_outbox WHERE done_at IS NULL)), 0)::float8 AS oldest_duo_pending_seconds
        """;

    public async Task<OutboxLag> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<(long Unsent, double OldestUnsentSeconds, long DuoPending, double OldestDuoPendingSeconds)>(
            new CommandDefinition(LagSql, new { Now = now.UtcDateTime }, cancellationToken: cancellationToken));
        return new OutboxLag(row.Unsent, Math.Max(0, row.OldestUnsentSeconds), row.DuoPending, Math.Max(0, row.OldestDuoPendingSeconds));
    }
}
