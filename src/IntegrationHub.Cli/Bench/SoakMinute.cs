namespace IntegrationHub.Cli.Bench;

/// <summary>
/// One minute of a soak (<c>hub bench --soak</c>): at its end, events published and done so far, the workers' resident
/// memory now (VmRSS, summed over the worker processes), the largest outbox lag seen during the minute, unsent outbox rows
/// and the hub's queue depth at its end.
/// </summary>
public sealed record SoakMinute(int Minute, long Published, long Done, long RssBytes, double OutboxLagSeconds, long UnsentOutbox, long QueueDepth);
