namespace IntegrationHub.Infrastructure.Messaging.Failed;

/// <summary>One replay of a failed message: when, by whom, how it went.</summary>
public sealed record FailedMessageReplay(int Replay, DateTime ReplayedAt, string ReplayedBy, string Outcome);
