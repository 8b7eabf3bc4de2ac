namespace IntegrationHub.Infrastructure.Observability;

/// <summary>This worker process as its heartbeat names it: a fresh instance id per start, the OS process id, host, roles and version.</summary>
public sealed record WorkerIdentity(Guid InstanceId, int ProcessId, string Host, string Roles, string Version, DateTimeOffset StartedAt);
