namespace IntegrationHub.Cli.Bench;

/// <summary>Latency percentiles in milliseconds over <see cref="Count"/> messages.</summary>
public sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max);
