namespace IntegrationHub.Infrastructure.Persistence.Observability;

/// <summary>worker_heartbeats as Dapper reads it (Npgsql returns timestamptz as DateTime).</summary>
internal sealed class WorkerHeartbeatRow
{
    public Guid InstanceId { get; set; }

    public int ProcessId { get; set; }

    public string Host { get; set; } = "";

    public string Roles { get; set; } = "";

    public string Version { get; set; } = "";

    public DateTime StartedAt { get; set; }

    public DateTime LastBeatAt { get; set; }

    public string? DuoCircuit { get; set; }

    public DateTime? DuoCircuitSince { get; set; }

    public WorkerHeartbeat ToHeartbeat() => new(
        InstanceId, ProcessId, Host, Roles, Version,
        Utc(StartedAt), Utc(LastBeatAt),
        DuoCircuit, DuoCircuitSince is { } since ? Utc(since) : null);

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
