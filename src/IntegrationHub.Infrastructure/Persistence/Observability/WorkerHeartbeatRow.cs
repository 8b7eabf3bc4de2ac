namespace IntegrationHub.Infrastructure.Persistence.Observability;

/// <summary>worker_heartbeats as Dapper reads it (Npgsql returns timestamptz as DateTime).</summary>
internal sealed record WorkerHeartbeatRow(
    Guid InstanceId, int ProcessId, string Host, string Roles, string Version, DateTime StartedAt, DateTime LastBeatAt)
{
    public WorkerHeartbeat ToHeartbeat() => new(
        InstanceId, ProcessId, Host, Roles, Version, new DateTimeOffset(StartedAt, TimeSpan.Zero), new DateTimeOffset(LastBeatAt, TimeSpan.Zero));
}
