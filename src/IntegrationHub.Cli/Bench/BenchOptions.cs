namespace IntegrationHub.Cli.Bench;

/// <summary>
/// What <c>hub bench</c> runs. <see cref="Database"/> and <see cref="VirtualHost"/>: null to drop and create
/// <see cref="DefaultDatabase"/> and <see cref="DefaultVirtualHost"/> (as infra/demo.sh does), else existing, empty ones to use as they are.
/// </summary>
public sealed record BenchOptions(
    BenchFeedSettings Feed,
    string? Database,
    string? VirtualHost,
    DirectoryInfo Output,
    FileInfo WorkerDll,
    TimeSpan Timeout)
{
    public const string DefaultDatabase = "integrationhub_bench";
    public const string DefaultVirtualHost = "integrationhub-bench";
    public const string DefaultWorkerDll = "src/IntegrationHub.Worker/bin/Release/net10.0/IntegrationHub.Worker.dll";
}
