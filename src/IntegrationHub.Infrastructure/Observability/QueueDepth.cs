namespace IntegrationHub.Infrastructure.Observability;

/// <summary>One queue of the hub's virtual host: messages waiting (ready) and delivered but not yet acknowledged.</summary>
public sealed record QueueDepth(string Queue, long Ready, long Unacknowledged);
