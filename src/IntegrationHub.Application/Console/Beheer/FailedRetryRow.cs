namespace IntegrationHub.Application.Console.Beheer;

/// <summary>One retry of a failed message: when, by whom, how it ended (sent; failed again; send failed).</summary>
public sealed record FailedRetryRow(int Replay, DateTime ReplayedAt, string ReplayedBy, string Outcome);
