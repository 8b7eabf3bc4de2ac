namespace IntegrationHub.Cli.Bench;

/// <summary>
/// The latencies of the events published in one window of the run: from <see cref="FromSecond"/> (seconds since the
/// first publish) for the window's length. Shows whether a run's tail comes from its start (a cold worker) or from
/// the whole run.
/// </summary>
public sealed record LatencyWindow(double FromSecond, LatencySummary Latency);
