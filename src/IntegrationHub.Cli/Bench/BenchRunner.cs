using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Persistence.Bench;
using IntegrationHub.Infrastructure.Schools;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// <c>hub bench</c>: a fresh database and vhost, the Release worker as a child process, the generated feed published
/// as each school's LVS user while PostgreSQL is polled every second until every event is stored, evaluated and
/// relayed (or the timeout); then the two raw baselines on the same broker and database.
/// </summary>
internal sealed class BenchRunner(IConfiguration configuration, IBenchProgress progress, TextWriter output)
{
    /// <summary>Used for the bench worker only: a local run on generated test data.</summary>
    private const string BenchPseudonymisationKey = "hub-bench-local-pseudonymisation-key-not-for-production";

    public async Task<BenchResult> RunAsync(BenchOptions options, string command, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var feed = BenchFeedGenerator.Generate(options.Feed);
        var rabbit = configuration.GetSection(RabbitMqOptions.SectionName).Get<RabbitMqOptions>() ?? new RabbitMqOptions();
        rabbit.VirtualHost = options.VirtualHost ?? BenchOptions.DefaultVirtualHost;
        var baseConnection = configuration.GetConnectionString("Hub") ?? throw new InvalidOperationException("ConnectionStrings:Hub is not set");
        using var broker = new BrokerManagement(rabbit);
        var connectionString = options.Database is null
            ? await BenchDatabase.RecreateAsync(baseConnection, BenchOptions.DefaultDatabase, cancellationToken)
            : BenchDatabase.WithDatabase(baseConnection, options.Database);
        if (options.VirtualHost is null)
        {
            await broker.RecreateVirtualHostAsync(rabbit.VirtualHost, cancellationToken);
        }

        output.WriteLine($"hub bench: {feed.Messages.Count:N0} events of {feed.Pupils:N0} pupils in {feed.Schools.Count} schools over {options.Feed.Days} school days; database {options.Database ?? BenchOptions.DefaultDatabase}, vhost {rabbit.VirtualHost}");
        var hub = await RunHubAsync(options, feed, rabbit, connectionString, broker, cancellationToken);
        var massTransit = await MassTransitBaseline.RunAsync(rabbit, feed.Messages.Count, feed.MeanBodyBytes, options.Timeout, cancellationToken);
        progress.Report("baseline: MassTransit", 1, 1);
        var copy = await NpgsqlCopyBaseline.RunAsync(connectionString, LedgerRows(feed), cancellationToken);
        progress.Report("baseline: PostgreSQL COPY", 1, 1);
        return hub with
        {
            StartedAt = startedAt,
            Command = command,
            MassTransitMessagesPerSecond = massTransit,
            CopyRowsPerSecond = copy,
        };
    }

    private async Task<BenchResult> RunHubAsync(BenchOptions options, BenchFeed feed, RabbitMqOptions rabbit, string connectionString, BrokerManagement broker, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Hub"] = connectionString,
            ["RabbitMq__Host"] = rabbit.Host,
            ["RabbitMq__Port"] = rabbit.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMq__VirtualHost"] = rabbit.VirtualHost,
            ["RabbitMq__Username"] = rabbit.Username,
            ["RabbitMq__Password"] = rabbit.Password,
            ["RabbitMq__ManagementUri"] = rabbit.ManagementUri.ToString(),
            ["Pseudonymisation__Key"] = configuration["Pseudonymisation:Key"] ?? BenchPseudonymisationKey,
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        await using var worker = await BenchWorker.StartAsync(options.WorkerDll, environment, cancellationToken);
        await using var services = Services(connectionString, rabbit);
        await using var publisher = new SchoolPublisher(services.GetRequiredService<SchoolProvisioner>(), rabbit);
        await publisher.ConnectAsync(feed.Schools, cancellationToken);
        var probe = new NpgsqlBenchProbe(connectionString);
        var total = feed.Messages.Count;
        long confirmed = 0;
        var clock = Stopwatch.StartNew();
        var publishing = Task.Run(
            async () =>
            {
                var sent = await publisher.PublishAsync(feed, n => progress.Report("published (confirmed)", Interlocked.Add(ref confirmed, n), total), cancellationToken);
                return (Sent: sent, Seconds: clock.Elapsed.TotalSeconds);
            },
            cancellationToken);

        var samples = new List<BenchSample>();
        var stats = worker.Stats();
        PipelineCounts counts;
        double? doneSeconds = null;
        while (true)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            counts = await probe.CountAsync(cancellationToken);
            var depth = await broker.QueueDepthAsync(rabbit.VirtualHost, cancellationToken);
            stats = worker.Stats() ?? stats;
            var seconds = clock.Elapsed.TotalSeconds;
            samples.Add(new BenchSample(seconds, Interlocked.Read(ref confirmed), counts.Stored, counts.Evaluated, counts.Done, counts.Unsent, counts.OutboxLagSeconds, depth));
            progress.Report("stored", counts.Stored, total);
            progress.Report("evaluated", counts.Evaluated, total);
            progress.Report("stored + evaluated + relayed", counts.Done, total);
            if (publishing.IsFaulted)
            {
                await publishing; // throws the publisher's error
            }

            if (publishing.IsCompleted && counts.Stored >= total && counts.Evaluated >= total && counts.Unsent == 0 && counts.Done >= total)
            {
                doneSeconds = seconds;
                break;
            }

            if (clock.Elapsed > options.Timeout)
            {
                break;
            }
        }

        var (publishedAt, publishSeconds) = publishing.IsCompletedSuccessfully ? await publishing : (new Dictionary<Guid, DateTimeOffset>(), clock.Elapsed.TotalSeconds);
        var recordedAt = await probe.RecordedAtAsync(cancellationToken);
        var latencies = publishedAt.Where(p => recordedAt.ContainsKey(p.Key)).Select(p => (recordedAt[p.Key] - p.Value).TotalMilliseconds);
        var pipelineSeconds = doneSeconds ?? clock.Elapsed.TotalSeconds;
        return new BenchResult
        {
            StartedAt = DateTimeOffset.UtcNow,
            Machine = Machine(),
            Command = string.Empty,
            Feed = options.Feed,
            Schools = feed.Schools.Count,
            EventsIn = total,
            EventsStored = counts.Stored,
            EventsDone = Math.Min(counts.Done, total),
            MeanBodyBytes = feed.MeanBodyBytes,
            PublishedPerSecond = Interlocked.Read(ref confirmed) / publishSeconds,
            HubEventsPerSecond = Math.Min(counts.Done, total) / pipelineSeconds,
            PipelineSeconds = pipelineSeconds,
            TimedOut = doneSeconds is null,
            PublishToStored = Percentiles.Summarise(latencies),
            WorkerPeakRssBytes = stats?.PeakRssBytes ?? 0,
            WorkerCpuSeconds = stats?.CpuTime.TotalSeconds ?? 0,
            MassTransitMessagesPerSecond = 0,
            CopyRowsPerSecond = 0,
            Samples = samples,
        };
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

    /// <summary>The feed as ledger rows: the message body as payload, a pseudonym as long as the hub's (64 hex characters).</summary>
    private static List<LedgerShapedRow> LedgerRows(BenchFeed feed) =>
        feed.Messages.Select(m => new LedgerShapedRow(
            m.MessageId,
            Convert.ToHexString(SHA256.HashData(m.MessageId.ToByteArray())),
            m.Brin,
            "00",
            m.MessageType,
            DateTimeOffset.UtcNow,
            Encoding.UTF8.GetString(m.Body))).ToList();

    private static string Machine()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{Environment.ProcessorCount} cores{(model is null ? string.Empty : $" ({model})")}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
    }
}
