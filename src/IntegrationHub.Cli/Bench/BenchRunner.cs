using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Persistence.Bench;
using Microsoft.Extensions.Configuration;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// <c>hub bench</c>: one <see cref="BenchPipeline"/> run per scale and worker count, each on a fresh database and
/// vhost, then the two raw baselines once, on the same broker and database.
/// </summary>
internal sealed class BenchRunner(IConfiguration configuration, IBenchProgress progress, TextWriter output)
{
    /// <summary>The baselines send the first run's events, at most this many: enough for a steady rate, short next to a long run.</summary>
    public const int BaselineMaxEvents = 100_000;

    public async Task<BenchResult> RunAsync(BenchOptions options, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var startedAt = DateTimeOffset.UtcNow;
        var rabbit = configuration.GetSection(RabbitMqOptions.SectionName).Get<RabbitMqOptions>() ?? new RabbitMqOptions();
        rabbit.VirtualHost = options.VirtualHost ?? options.Name;
        var baseConnection = configuration.GetConnectionString("Hub") ?? throw new InvalidOperationException("ConnectionStrings:Hub is not set");
        var availableDays = BenchFeedGenerator.SchoolDaysBefore(DateOnly.FromDateTime(startedAt.UtcDateTime));
        var single = options.Runs.Count() == 1;
        var runs = new List<BenchRunResult>();
        string connectionString = string.Empty;
        foreach (var (scale, workers) in options.Runs)
        {
            var feed = Feed(options, scale, availableDays);
            connectionString = await PrepareAsync(options, rabbit, baseConnection, cancellationToken);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hub bench: {feed.Pupils:N0} pupils in {feed.Schools} schools over {feed.Days} school days (about {BenchFeedSizing.Estimate(feed):N0} events){Pace(options)}, {workers} worker{(workers == 1 ? string.Empty : "s")}; database {options.Database ?? options.DatabaseName}, vhost {rabbit.VirtualHost}"));
            var step = single ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"×{scale}, {workers}w: ");
            runs.Add(await new BenchPipeline(configuration, progress, step, options.Soak ? Console.Out : null).RunAsync(options, scale, workers, feed, rabbit, connectionString, cancellationToken));
        }

        var baseline = (int)Math.Min(runs[0].EventsIn, BaselineMaxEvents);
        var meanBody = runs[0].MeanBodyBytes;
        var massTransit = await MassTransitBaseline.RunAsync(rabbit, baseline, meanBody, options.Timeout, cancellationToken);
        progress.Report("baseline: MassTransit", 1, 1);
        var copy = await NpgsqlCopyBaseline.RunAsync(connectionString, LedgerRows(runs[0].Feed, baseline), cancellationToken);
        progress.Report("baseline: PostgreSQL COPY", 1, 1);
        var slower = Math.Min(massTransit, copy);
        return new BenchResult
        {
            StartedAt = startedAt,
            Machine = Machine(),
            Command = command,
            Feed = options.Feed,
            Schools = options.Feed.Schools,
            Runs = runs.Select(r => r with { RatioToSlowerBaseline = slower > 0 ? r.HubEventsPerSecond / slower : double.NaN }).ToList(),
            BaselineMessages = baseline,
            MassTransitMessagesPerSecond = massTransit,
            CopyRowsPerSecond = copy,
        };
    }

    /// <summary>The feed of a run: the given pupils times the scale, grown to last <c>--duration</c> when one is given.</summary>
    public static BenchFeedSettings Feed(BenchOptions options, int scale, int availableDays)
    {
        ArgumentNullException.ThrowIfNull(options);
        var scaled = options.Feed with { Pupils = options.Feed.Pupils * scale };
        return options.Duration is { } duration ? BenchFeedSizing.ForDuration(scaled, options.Rate, duration.TotalSeconds, availableDays) : scaled;
    }

    /// <summary>An empty database and vhost for a run: the given ones, or the defaults dropped and created again.</summary>
    private static async Task<string> PrepareAsync(BenchOptions options, RabbitMqOptions rabbit, string baseConnection, CancellationToken cancellationToken)
    {
        if (options.VirtualHost is null)
        {
            using var broker = new BrokerManagement(rabbit);
            await broker.RecreateVirtualHostAsync(rabbit.VirtualHost, cancellationToken);
        }

        return options.Database is null
            ? await BenchDatabase.RecreateAsync(baseConnection, options.DatabaseName, cancellationToken)
            : BenchDatabase.WithDatabase(baseConnection, options.Database);
    }

    private static string Pace(BenchOptions options) =>
        string.Create(CultureInfo.InvariantCulture, $"{(options.Rate > 0 ? $", offered {options.Rate:N0} events/s" : ", as fast as possible")}{(options.Duration is { } d ? $" for {d.TotalSeconds:N0} s" : string.Empty)}");

    /// <summary>
    /// The first <paramref name="count"/> events of a feed as ledger rows (the body as payload, a pseudonym as long as
    /// the hub's: 64 hex characters), made before the clock starts so the baseline times only the COPY.
    /// </summary>
    private static List<LedgerShapedRow> LedgerRows(BenchFeedSettings feed, int count) =>
        BenchFeedGenerator.Stream(feed).Take(count).Select(m => new LedgerShapedRow(
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
