namespace IntegrationHub.Cli.Bench;

/// <summary>
/// What <c>hub bench</c> runs. <see cref="Database"/> and <see cref="VirtualHost"/>: null to drop and create the
/// database and vhost named after <see cref="Name"/> for each run (as infra/demo.sh does), else existing, empty ones
/// to use as they are (one run only). <see cref="Rate"/>: offered events/s, 0 as fast as possible.
/// <see cref="Duration"/>: keep publishing this long, on a feed grown to last (see <see cref="BenchFeedSizing"/>); null
/// to publish the feed once. One pipeline run per scale (pupils × scale) and worker count; the baselines run once.
/// </summary>
public sealed record BenchOptions(
    BenchFeedSettings Feed,
    string? Database,
    string? VirtualHost,
    DirectoryInfo Output,
    FileInfo WorkerDll,
    TimeSpan Timeout,
    double Rate,
    TimeSpan? Duration,
    IReadOnlyList<int> Scales,
    IReadOnlyList<int> Workers)
{
    /// <summary>The vhost name; the database is the same name with underscores (integrationhub_bench).</summary>
    public const string DefaultName = "integrationhub-bench";
    public const string DefaultWorkerDll = "src/IntegrationHub.Worker/bin/Release/net10.0/IntegrationHub.Worker.dll";

    /// <summary>The vhost to drop and create for each run (unless <see cref="VirtualHost"/> is given).</summary>
    public string Name { get; init; } = DefaultName;

    /// <summary>The database to drop and create for each run (unless <see cref="Database"/> is given): <see cref="Name"/> with underscores.</summary>
    public string DatabaseName => Name.Replace('-', '_');

    /// <summary>Extra settings for every worker, as environment variables (the tests set the melding quiet time to 0).</summary>
    public IReadOnlyDictionary<string, string> WorkerSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// A soak: every minute a line with the workers' resident memory (VmRSS), the outbox lag and the queue depth, and at
    /// the end a verdict (<see cref="SoakVerdict"/>): memory flat, no lag growth, nothing lost. Needs a duration.
    /// </summary>
    public bool Soak { get; init; }

    /// <summary>Connect the schools with batched acceptance: one SubmissionsAccepted per intake transaction (hub school add --batched-acceptance).</summary>
    public bool BatchedAcceptance { get; init; }

    /// <summary>The pipeline runs: every scale with every worker count, in that order.</summary>
    public IEnumerable<(int Scale, int Workers)> Runs => Scales.SelectMany(scale => Workers.Select(workers => (scale, workers)));
}
