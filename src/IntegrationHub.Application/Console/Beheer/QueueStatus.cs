namespace IntegrationHub.Application.Console.Beheer;

/// <summary>One queue: messages waiting, delivered but unacknowledged, and the broker's recent rates (per second; null when it has none).</summary>
public sealed record QueueStatus(string Queue, long Ready, long Unacknowledged, double? PublishRate, double? DeliverRate);
