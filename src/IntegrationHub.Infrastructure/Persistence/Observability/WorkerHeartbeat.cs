namespace IntegrationHub.Infrastructure.Persistence.Observability;

/// <summary>
/// One worker process as its heartbeat row shows it. <see cref="DuoCircuit"/>: its DUO circuit (closed, half-open or
/// open) and <see cref="DuoCircuitSince"/> its last transition; both null for a worker that does not call DUO.
/// </summary>
public sealed record WorkerHeartbeat(
    Guid InstanceId,
    int ProcessId,
    string Host,
    string Roles,
    string Version,
    DateTimeOffset StartedAt,
    DateTimeOffset LastBeatAt,
    string? DuoCircuit = null,
    DateTimeOffset? DuoCircuitSince = null);
