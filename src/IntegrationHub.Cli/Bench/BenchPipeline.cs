using System.Diagnostics;
using System.Globalization;
using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Persistence.Bench;
using IntegrationHub.Infrastructure.Schools;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// One pipeline run of <c>hub bench</c> on an empty database and vhost: the Release worker as <c>workers</c> child
/// processes (each its own HTTP port), the feed published as each school's LVS user while PostgreSQL and the broker
/// are sampled every second (less often once a look gets slow: <see cref="ProbeWaitFactor"/>) until every published
/// event is stored, evaluated and relayed (or the timeout); then the latencies from the publish times and the times the
/// database recorded, and the run's length from the first publish to the commit that finished the last event.
/// </summary>
internal sealed class BenchPipeline(IConfiguration configuration, IBenchProgress progress, string step, TextWriter? soakLog = null)
{
    /// <summary>How often a soak (<see cref="BenchOptions.Soak"/>) reports the workers' RSS, outbox lag and queue depth.</summary>
    public static readonly TimeSpan SoakInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The probe's counting query scans tables that grow with the run; the next look waits at least this many times as
    /// long as the last query took, so the probe never takes more than about a tenth of a core from the hub it measures.
    /// </summary>
    public const int ProbeWaitFactor = 10;

    /// <summary>The windows of publish time that publish → finding is also given in.</summary>
    public static readonly TimeSpan LatencyWindowLength = TimeSpan.FromSeconds(10);

    /// <summary>Used for the bench workers only: a local run on generated test data.</summary>
    private const string BenchPseudonymisationKey = "hub-bench-local-pseudonymisation-key-not-for-production";
    private const string BenchDisclosureKey = "hub-bench-local-disclosure-log-key-not-for-production";

    /// <summary>glibc malloc arenas for a worker process: see the README's "Memory" section.</summary>
    private const string WorkerMallocArenas = "2";

    /// <summary>Reads the workers' own metrics endpoints (on 127.0.0.1) during a soak.</summary>
    private static readonly HttpClient MetricsClient = new();

    public async Task<BenchRunResult> RunAsync(BenchOptions options, int scale, int workerCount, BenchFeedSettings feed, RabbitMqOptions rabbit, string connectionString, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var broker = new BrokerManagement(rabbit);
        var workers = new List<BenchWorker>(workerCount);
        try
        {
            while (workers.Count < workerCount)
            {
                var log = new FileInfo(Path.Combine(options.Output.FullName, string.Create(CultureInfo.InvariantCulture, $"worker-x{scale}-{workerCount}w-{workers.Count + 1}.log")));
                workers.Add(await BenchWorker.StartAsync(options.WorkerDll, Environment(rabbit, connectionString, options.WorkerSettings), log, cancellationToken));
            }

            await using var services = Services(connectionString, rabbit);
            await using var publisher = new SchoolPublisher(services.GetRequiredService<SchoolProvisioner>(), rabbit, options.BatchedAcceptance);
            await publisher.ConnectAsync(BenchFeedGenerator.Schools(feed), cancellationToken);
            var probe = new NpgsqlBenchProbe(connectionString);
            var expected = options.Duration is { } duration && options.Rate > 0
                ? Math.Min(BenchFeedSizing.Estimate(feed), (long)(options.Rate * duration.TotalSeconds))
                : BenchFeedSizing.Estimate(feed);
            long confirmed = 0;
            using var stopPublishing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var clock = Stopwatch.StartNew();
            var startedAt = DateTime.UtcNow;
            var publishing = Task.Run(
                () => publisher.PublishAsync(BenchFeedGenerator.Stream(feed), new Pacer(options.Rate), options.Duration, clock, n => progress.Report(step + "published (confirmed)", Interlocked.Add(ref confirmed, n), expected), stopPublishing.Token),
                stopPublishing.Token);

            var deadline = (options.Duration ?? TimeSpan.Zero) + options.Timeout;
            var samples = new List<BenchSample>();
            var stats = new ProcessStats?[workers.Count];
            PipelineCounts counts;
            double? doneSeconds = null;
            var minutes = new List<SoakMinute>();
            var minuteLag = 0.0;
            var wait = TimeSpan.FromSeconds(1);
            while (true)
            {
                await Task.Delay(wait, cancellationToken);
                var looking = Stopwatch.GetTimestamp();
                counts = await probe.CountAsync(cancellationToken);
                wait = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, Stopwatch.GetElapsedTime(looking).Ticks * ProbeWaitFactor));
                var depth = await broker.QueueDepthAsync(rabbit.VirtualHost, cancellationToken);
                ReadStats(workers, stats);
                var seconds = clock.Elapsed.TotalSeconds;
                samples.Add(new BenchSample(seconds, Interlocked.Read(ref confirmed), counts.Stored, counts.Evaluated, counts.Done, counts.Unsent, counts.OutboxLagSeconds, depth));
                minuteLag = Math.Max(minuteLag, counts.OutboxLagSeconds);
                if (options.Soak && clock.Elapsed >= SoakInterval * (minutes.Count + 1))
                {
                    var gc = await ScrapeGcAsync(workers, cancellationToken);
                    var minute = new SoakMinute(minutes.Count + 1, Interlocked.Read(ref confirmed), counts.Done, stats.Sum(s => s?.RssBytes ?? 0), minuteLag, counts.Unsent, depth)
                    {
                        GcHeapBytes = gc?.HeapBytes,
                        GcCommittedBytes = gc?.CommittedBytes,
                    };
                    minutes.Add(minute);
                    minuteLag = 0;
                    soakLog?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  soak minute {minute.Minute,3}: published {minute.Published,10:N0}, done {minute.Done,10:N0}, worker RSS {minute.RssBytes / 1024.0 / 1024.0,6:N0} MB (GC heap {BenchReport.Mb(minute.GcHeapBytes)}, committed {BenchReport.Mb(minute.GcCommittedBytes)}), outbox lag max {minute.OutboxLagSeconds,6:N1} s, unsent outbox {minute.UnsentOutbox,7:N0}, queue depth {minute.QueueDepth,7:N0}"));
                }
                var total = publishing.IsCompletedSuccessfully ? publishing.Result.Published : Math.Max(expected, Interlocked.Read(ref confirmed));
                progress.Report(step + "stored", counts.Stored, total);
                progress.Report(step + "evaluated", counts.Evaluated, total);
                progress.Report(step + "stored + evaluated + relayed", counts.Done, total);
                if (publishing.IsFaulted)
                {
                    await publishing; // throws the publisher's error
                }

                if (publishing.IsCompleted && counts.Stored >= total && counts.Evaluated >= total && counts.Unsent == 0 && counts.Done >= total)
                {
                    doneSeconds = seconds;
                    break;
                }

                if (clock.Elapsed > deadline)
                {
                    await stopPublishing.CancelAsync();
                    break;
                }
            }

            ReadStats(workers, stats);
            var outcome = await Finished(publishing, Interlocked.Read(ref confirmed), clock);
            var commitTimes = await probe.RecordsCommitTimesAsync(cancellationToken);
            var pipelineSeconds = doneSeconds is { } sampled && commitTimes && await probe.DoneAtAsync(cancellationToken) is { } doneAt
                ? Math.Min(sampled, (doneAt - startedAt).TotalSeconds)
                : doneSeconds ?? clock.Elapsed.TotalSeconds;
            var toFinding = await LatenciesAsync(probe.EvaluatedAtAsync(commitTimes, cancellationToken), outcome.PublishedAt);
            return new BenchRunResult
            {
                Scale = scale,
                Feed = feed,
                OfferedRate = options.Rate,
                EventsIn = outcome.Published,
                EventsStored = counts.Stored,
                EventsEvaluated = counts.Evaluated,
                EventsDone = Math.Min(counts.Done, outcome.Published),
                MeanBodyBytes = outcome.MeanBodyBytes,
                PublishedPerSecond = outcome.Seconds > 0 ? outcome.Published / outcome.Seconds : 0,
                PublishSeconds = outcome.Seconds,
                PublishMaxBehindMilliseconds = outcome.MaxBehindMilliseconds,
                HubEventsPerSecond = Math.Min(counts.Done, outcome.Published) / pipelineSeconds,
                PipelineSeconds = pipelineSeconds,
                TimedOut = doneSeconds is null,
                PublishToStored = Percentiles.Summarise((await LatenciesAsync(probe.StoredAtAsync(cancellationToken), outcome.PublishedAt)).Select(l => l.Milliseconds)),
                PublishToFinding = Percentiles.Summarise(toFinding.Select(l => l.Milliseconds)),
                PublishToFindingOverTime = Percentiles.OverTime(toFinding, LatencyWindowLength),
                FindingAtCommit = commitTimes,
                Workers = workers.Select((w, i) => new BenchWorkerStats(w.Port, stats[i]?.PeakRssBytes ?? 0, stats[i]?.CpuTime.TotalSeconds ?? 0)).ToList(),
                Samples = samples,
                Minutes = minutes,
            };
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }
        }
    }

    /// <summary>The publisher's outcome; after a timeout cancelled it, what was confirmed, without publish times.</summary>
    private static async Task<PublishOutcome> Finished(Task<PublishOutcome> publishing, long confirmed, Stopwatch clock)
    {
        try
        {
            return await publishing;
        }
        catch (OperationCanceledException)
        {
            return new PublishOutcome(confirmed, 0, clock.Elapsed.TotalSeconds, double.NaN, new Dictionary<Guid, long>());
        }
    }

    /// <summary>Each event's publish time and the milliseconds from it to the time the database recorded for the same message id.</summary>
    private static async Task<List<(long PublishedTicks, double Milliseconds)>> LatenciesAsync(IAsyncEnumerable<(Guid MessageId, DateTime At)> times, IReadOnlyDictionary<Guid, long> publishedAt)
    {
        var latencies = new List<(long, double)>(publishedAt.Count);
        await foreach (var (messageId, at) in times)
        {
            if (publishedAt.TryGetValue(messageId, out var published))
            {
                latencies.Add((published, (at.Ticks - published) / (double)TimeSpan.TicksPerMillisecond));
            }
        }

        return latencies;
    }

    /// <summary>The workers' GC heap and committed memory, summed; null when any worker's metrics did not answer.</summary>
    private static async Task<WorkerGcMetrics?> ScrapeGcAsync(List<BenchWorker> workers, CancellationToken cancellationToken)
    {
        long heap = 0, committed = 0;
        foreach (var worker in workers)
        {
            if (await WorkerGcMetrics.ScrapeAsync(MetricsClient, worker.Port, cancellationToken) is not { } metrics)
            {
                return null;
            }

            heap += metrics.HeapBytes;
            committed += metrics.CommittedBytes;
        }

        return new WorkerGcMetrics(heap, committed);
    }

    private static void ReadStats(List<BenchWorker> workers, ProcessStats?[] stats)
    {
        for (var i = 0; i < workers.Count; i++)
        {
            stats[i] = workers[i].Stats() ?? stats[i];
        }
    }

    private Dictionary<string, string> Environment(RabbitMqOptions rabbit, string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Hub"] = connectionString,
            ["RabbitMq__Host"] = rabbit.Host,
            ["RabbitMq__Port"] = rabbit.Port.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq__VirtualHost"] = rabbit.VirtualHost,
            ["RabbitMq__Username"] = rabbit.Username,
            ["RabbitMq__Password"] = rabbit.Password,
            ["RabbitMq__ManagementUri"] = rabbit.ManagementUri.ToString(),
            ["Pseudonymisation__Key"] = configuration["Pseudonymisation:Key"] ?? BenchPseudonymisationKey,
            ["Disclosures__Key"] = configuration["Disclosures:Key"] ?? BenchDisclosureKey,
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",

            // As the worker is deployed (README, "Memory"): two glibc malloc arenas, unless the operator's shell sets
            // another number. Read by glibc when the process starts, so it goes in the child's environment.
            ["MALLOC_ARENA_MAX"] = System.Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") ?? WorkerMallocArenas,
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return environment;
    }

    private ServiceProvider Services(string connectionString, RabbitMqOptions rabbit)
    {
        var bench = new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Hub"] = connectionString,
                ["RabbitMq:VirtualHost"] = rabbit.VirtualHost,
            })
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(bench);
        services.AddHubPersistence(bench);
        services.AddSchools(bench);
        return services.BuildServiceProvider();
    }
}
