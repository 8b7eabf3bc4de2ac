using System.CommandLine;
using System.Globalization;
using IntegrationHub.Cli.Bench;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub bench [--pupils N] [--days N] [--seed N] [--schools N] [--rate EVENTS/S] [--duration SECONDS]
/// [--scale 1,4,16] [--workers 1,2,4] [--name NAME] [--database NAME] [--vhost NAME] [--out DIR] [--worker DLL] [--timeout SECONDS] [--soak]</c>:
/// measures the whole pipeline (once per scale and worker count) against the raw broker and database in the same run
/// and writes results.md, results.json and results.png. Exit 0 when every run stored, evaluated and relayed every
/// event it published; 1 when a run's events in and stored differ or its timeout passed; 2 on bad options.
/// </summary>
public static partial class BenchCommand
{
    private static readonly Option<int> Pupils = new("--pupils") { Description = "Pupils in the generated feed", DefaultValueFactory = _ => 1000 };
    private static readonly Option<int> Days = new("--days") { Description = "School days from 2026-09-07", DefaultValueFactory = _ => 5 };
    private static readonly Option<int> Seed = new("--seed") { Description = "Seed of the feed generator (same seed, same feed)", DefaultValueFactory = _ => 1 };
    private static readonly Option<int> Schools = new("--schools") { Description = "Schools, alternating po and vo over the three regions", DefaultValueFactory = _ => 10 };
    private static readonly Option<double> Rate = new("--rate") { Description = "Offered events/s across all schools (0: as fast as possible)", DefaultValueFactory = _ => 0 };
    private static readonly Option<int> Duration = new("--duration") { Description = "Keep publishing this many seconds, on a feed grown (more days, then more pupils) to last (0: publish the feed once)", DefaultValueFactory = _ => 0 };
    private static readonly Option<string> Scale = new("--scale") { Description = "Run the pipeline at these multiples of --pupils, e.g. 1,4,16", DefaultValueFactory = _ => "1" };
    private static readonly Option<string> Workers = new("--workers") { Description = "Run the pipeline with these numbers of worker processes, e.g. 1,2,4", DefaultValueFactory = _ => "1" };
    private static readonly Option<string> Name = new("--name") { Description = "Drop and create this vhost, and this database with underscores, for each run (so two people on one server do not drop each other's run)", DefaultValueFactory = _ => BenchOptions.DefaultName };
    private static readonly Option<string?> Database = new("--database") { Description = "Use this existing, empty database instead (one run only)" };
    private static readonly Option<string?> VirtualHost = new("--vhost") { Description = "Use this existing, empty vhost instead (one run only)" };
    private static readonly Option<DirectoryInfo?> Output = new("--out") { Description = "Results folder (default: artifacts/bench/<UTC timestamp>, git-ignored; e.g. bench-results/2026-12-01 to keep one)" };
    private static readonly Option<FileInfo> Worker = new("--worker") { Description = "The Release worker to start", DefaultValueFactory = _ => new FileInfo(BenchOptions.DefaultWorkerDll) };
    private static readonly Option<bool> Soak = new("--soak") { Description = "A soak: every minute the workers' RSS, outbox lag and queue depth; at the end a verdict (memory flat, no lag growth, nothing lost). Needs --duration" };
    private static readonly Option<bool> BatchedAcceptance = new("--batched-acceptance") { Description = "Connect the schools with batched acceptance: one SubmissionsAccepted per intake transaction instead of one SubmissionAccepted per message" };
    private static readonly Option<int> Timeout = new("--timeout") { Description = "Seconds to wait for each run's pipeline after --duration (and for each baseline)", DefaultValueFactory = _ => 600 };

    public static Command Create()
    {
        var command = new Command("bench", "Measure the hub end to end against raw MassTransit and PostgreSQL COPY baselines in the same run")
        {
            Pupils, Days, Seed, Schools, Rate, Duration, Scale, Workers, Name, Database, VirtualHost, Output, Worker, Timeout, Soak, BatchedAcceptance,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = Read(parseResult, DateTimeOffset.UtcNow);
            if (Invalid(options, DateTimeOffset.UtcNow) is { } problem)
            {
                await Console.Error.WriteLineAsync($"hub bench: {problem}");
                return 2;
            }

            return await BenchRun.ExecuteAsync(options, "hub " + string.Join(' ', parseResult.Tokens.Select(t => t.Value)), cancellationToken);
        });
        return command;
    }

    /// <summary>The options of a parsed <c>hub bench</c>; the default results folder is named after <paramref name="now"/>.</summary>
    public static BenchOptions Read(ParseResult parseResult, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var duration = parseResult.GetValue(Duration);
        return new BenchOptions(
            new BenchFeedSettings(parseResult.GetValue(Pupils), parseResult.GetValue(Days), parseResult.GetValue(Seed), parseResult.GetValue(Schools)),
            parseResult.GetValue(Database),
            parseResult.GetValue(VirtualHost),
            parseResult.GetValue(Output) ?? new DirectoryInfo(Path.Combine("artifacts", "bench", now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture))),
            parseResult.GetValue(Worker)!,
            TimeSpan.FromSeconds(parseResult.GetValue(Timeout)),
            parseResult.GetValue(Rate),
            duration != 0 ? TimeSpan.FromSeconds(duration) : null,
            ParseList(parseResult.GetValue(Scale)),
            ParseList(parseResult.GetValue(Workers)))
        {
            Name = parseResult.GetValue(Name)!,
            Soak = parseResult.GetValue(Soak),
            BatchedAcceptance = parseResult.GetValue(BatchedAcceptance),
        };
    }

    /// <summary>"1,4,16" as numbers; an empty list when any part is not a whole number (refused by <see cref="Invalid"/>).</summary>
    public static IReadOnlyList<int> ParseList(string? text)
    {
        var parts = (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var numbers = new List<int>(parts.Length);
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return [];
            }

            numbers.Add(number);
        }

        return numbers;
    }

    /// <summary>Why these options cannot run at <paramref name="now"/>, or null.</summary>
    public static string? Invalid(BenchOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        var feed = options.Feed;
        var largest = (long)feed.Pupils * (options.Scales.Count == 0 ? 1 : options.Scales.Max());
        var lastDay = BenchFeedGenerator.SchoolDays(feed.Days).Last();
        return feed.Pupils < 1 || feed.Days < 1 || feed.Schools < 1 ? "--pupils, --days and --schools must be at least 1"
            : feed.Schools > feed.Pupils ? "--schools must not exceed --pupils"
            : options.Scales.Count == 0 || options.Scales.Any(s => s < 1) ? "--scale: whole numbers of at least 1, separated by commas (e.g. 1,4,16)"
            : options.Workers.Count == 0 || options.Workers.Any(w => w < 1) ? "--workers: whole numbers of at least 1, separated by commas (e.g. 1,2,4)"
            : largest > BenchFeedGenerator.MaxPupils ? string.Create(CultureInfo.InvariantCulture, $"--pupils × the largest --scale: at most {BenchFeedGenerator.MaxPupils:N0} (the test BSN block), not {largest:N0}")
            : !ValidName().IsMatch(options.Name) ? "--name: lower-case letters, digits and '-', starting with a letter, at most 50 characters"
            : options.Rate < 0 || double.IsNaN(options.Rate) || double.IsInfinity(options.Rate) ? "--rate: events/s of 0 (as fast as possible) or more"
            : options.Duration is { } d && d < TimeSpan.Zero ? "--duration: seconds of 0 (publish the feed once) or more"
            : options.Soak && options.Duration is null ? "--soak needs --duration (e.g. --duration 1800 for 30 minutes)"
            : (options.Database is not null || options.VirtualHost is not null) && options.Runs.Count() > 1 ? "--database and --vhost take one run: leave them out with more than one --scale or --workers"
            : lastDay >= DateOnly.FromDateTime(now.UtcDateTime) ? "--days: the last school day must lie in the past (the hub refuses registrations dated in the future)"
            : !options.WorkerDll.Exists ? $"{options.WorkerDll.FullName} does not exist: build first (dotnet build IntegrationHub.sln -c Release)"
            : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z][a-z0-9-]{0,49}$")]
    private static partial System.Text.RegularExpressions.Regex ValidName();
}
