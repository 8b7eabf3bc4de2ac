namespace IntegrationHub.Cli.Bench;

/// <summary>One second of the run: seconds since the first publish, the pipeline's counts, outbox lag and queue depth.</summary>
public sealed record BenchSample(double Seconds, long Published, long Stored, long Evaluated, long Done, long UnsentOutbox, double OutboxLagSeconds, long QueueDepth);
