namespace IntegrationHub.Infrastructure.Persistence.Observability;

/// <summary>One worker process as its heartbeat row shows it.</summary>
public sealed record WorkerHeartbeat(
    Guid InstanceId, int ProcessId, string Host, string Roles, string Version, DateTimeOffset StartedAt, DateTimeOffset LastBeatAt);
