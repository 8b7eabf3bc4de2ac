using Dapper;
using IntegrationHub.Application.Console.Beheer;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Console.Beheer;

/// <summary>The overview's counts in one round trip, each through an index on its open rows.</summary>
public sealed class NpgsqlOverviewCountsStore(NpgsqlDataSource dataSource)
{
    private const string CountsSql = """
        SELECT
          (SELECT count(*) FROM outbox WHERE sent_at IS NULL AND blocked_at IS NULL) AS outbox_unsent,
          coalesce(extract(epoch FROM @Now - (SELECT min(created_at) FROM outbox WHERE sent_at IS NULL AND blocked_at IS NULL)), 0)::float8 AS outbox_oldest_seconds,
          (SELECT count(*) FROM duo_outbox WHERE done_at IS NULL) AS duo_pending,
          coalesce(extract(epoch FROM @Now - (SELECT min(created_at) FROM duo_outbox WHERE done_at IS NULL)), 0)::float8 AS duo_oldest_seconds,
          (SELECT count(*) FROM duo_outbox WHERE done_at IS NULL AND attempts > 0) AS duo_retrying,
          (SELECT count(*) FROM meldingen WHERE state = 'concept') AS meldingen_to_settle,
          (SELECT count(*) FROM parked_deliveries WHERE rerouted_at IS NULL) AS parked_deliveries,
          (SELECT count(*) FROM duo_meldingen WHERE status = 'R' AND overdue_notified_at IS NOT NULL) AS overdue_partners,
          (SELECT count(*) FROM failed_messages WHERE state = 'failed') AS failed_messages
        """;

    public async Task<OverviewCounts> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<OverviewCounts>(new CommandDefinition(CountsSql, new { Now = now.UtcDateTime }, cancellationToken: cancellationToken));
    }
}
