namespace IntegrationHub.Cli.Bench;

/// <summary>One worker process of a run: its HTTP port, peak resident memory (VmHWM) and CPU time (user + system).</summary>
public sealed record BenchWorkerStats(int Port, long PeakRssBytes, double CpuSeconds);
