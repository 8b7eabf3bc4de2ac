namespace IntegrationHub.Application.Console.Beheer;

/// <summary>
/// One worker process by its heartbeat: alive when its last beat is recent enough. <see cref="DuoCircuit"/> is the
/// worker's DUO circuit as it last reported it (closed, half-open or open; null when it does not call DUO) and
/// <see cref="DuoCircuitSince"/> its last transition.
/// </summary>
public sealed record WorkerStatus(
    Guid InstanceId,
    string Host,
    int ProcessId,
    string Roles,
    string Version,
    DateTimeOffset StartedAt,
    DateTimeOffset LastBeatAt,
    bool Alive,
    string? DuoCircuit = null,
    DateTimeOffset? DuoCircuitSince = null);
