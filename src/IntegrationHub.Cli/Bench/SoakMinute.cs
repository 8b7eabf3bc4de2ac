namespace IntegrationHub.Cli.Bench;

/// <summary>
/// One minute of a soak (<c>hub bench --soak</c>): at its end, events published and done so far, the workers' resident
/// memory now (VmRSS, summed over the worker processes), the largest outbox lag seen during the minute, unsent outbox rows
/// and the hub's queue depth at its end; and, from the workers' own metrics, their GC heap after the last collection and
/// the memory the GC has committed (summed; null when a worker's metrics endpoint did not answer).
/// </summary>
public sealed record SoakMinute(int Minute, long Published, long Done, long RssBytes, double OutboxLagSeconds, long UnsentOutbox, long QueueDepth)
{
    public long? GcHeapBytes { get; init; }

    public long? GcCommittedBytes { get; init; }
}
