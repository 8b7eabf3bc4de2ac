namespace IntegrationHub.Application.Console.Beheer;

/// <summary>One worker process by its heartbeat: alive when its last beat is recent enough.</summary>
public sealed record WorkerStatus(Guid InstanceId, string Host, int ProcessId, string Roles, string Version, DateTimeOffset StartedAt, DateTimeOffset LastBeatAt, bool Alive);
