using Dapper;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Observability;

/// <summary>The workers' heartbeats (worker_heartbeats): one upsert per beat (with the worker's DUO circuit), read by the console and the metrics.</summary>
public sealed class NpgsqlHeartbeatStore(NpgsqlDataSource dataSource)
{
    private const string BeatSql = """
        INSERT INTO worker_heartbeats (instance_id, process_id, host, roles, version, started_at, last_beat_at, duo_circuit, duo_circuit_since)
        VALUES (@InstanceId, @ProcessId, @Host, @Roles, @Version, @StartedAt, @Now, @DuoCircuit, @DuoCircuitSince)
        ON CONFLICT (instance_id) DO UPDATE
        SET last_beat_at = excluded.last_beat_at, duo_circuit = excluded.duo_circuit, duo_circuit_since = excluded.duo_circuit_since
        """;

    private const string ListSql = """
        SELECT instance_id AS instanceid, process_id AS processid, host, roles, version, started_at AS startedat, last_beat_at AS lastbeatat,
               duo_circuit AS duocircuit, duo_circuit_since AS duocircuitsince
        FROM worker_heartbeats
        ORDER BY last_beat_at DESC, instance_id
        """;

    private const string AliveSql = """
        SELECT count(*) FROM worker_heartbeats WHERE last_beat_at >= @Since
        """;

    public async Task BeatAsync(WorkerHeartbeat worker, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(worker);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(BeatSql, new
        {
            worker.InstanceId, worker.ProcessId, worker.Host, worker.Roles, worker.Version,
            StartedAt = worker.StartedAt.UtcDateTime, Now = now.UtcDateTime,
            worker.DuoCircuit, DuoCircuitSince = worker.DuoCircuitSince?.UtcDateTime,
        }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<WorkerHeartbeat>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<WorkerHeartbeatRow>(new CommandDefinition(ListSql, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToHeartbeat())];
    }

    /// <summary>Workers whose last beat is at or after <paramref name="since"/>.</summary>
    public async Task<long> CountAliveAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(AliveSql, new { Since = since.UtcDateTime }, cancellationToken: cancellationToken));
    }
}
