using System.CommandLine;
using IntegrationHub.Cli.Bench;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub bench [--pupils N] [--days N] [--seed N] [--schools N] [--database NAME] [--vhost NAME] [--out DIR]
/// [--worker DLL] [--timeout SECONDS]</c>: measures the whole pipeline against the raw broker and database in the
/// same run and writes results.md, results.json and results.png. Exit 0 when every event was stored, evaluated and
/// relayed; 1 when events in and stored differ or the timeout passed; 2 on bad options.
/// </summary>
public static class BenchCommand
{
    private static readonly Option<int> Pupils = new("--pupils") { Description = "Pupils in the generated feed", DefaultValueFactory = _ => 1000 };
    private static readonly Option<int> Days = new("--days") { Description = "School days from 2026-09-07", DefaultValueFactory = _ => 5 };
    private static readonly Option<int> Seed = new("--seed") { Description = "Seed of the feed generator (same seed, same feed)", DefaultValueFactory = _ => 1 };
    private static readonly Option<int> Schools = new("--schools") { Description = "Schools, alternating po and vo over the three regions", DefaultValueFactory = _ => 10 };
    private static readonly Option<string?> Database = new("--database") { Description = $"Use this existing, empty database (default: drop and create {BenchOptions.DefaultDatabase})" };
    private static readonly Option<string?> VirtualHost = new("--vhost") { Description = $"Use this existing, empty vhost (default: drop and create {BenchOptions.DefaultVirtualHost})" };
    private static readonly Option<DirectoryInfo?> Output = new("--out") { Description = "Results folder (default: artifacts/bench/<UTC timestamp>)" };
    private static readonly Option<FileInfo> Worker = new("--worker") { Description = "The Release worker to start", DefaultValueFactory = _ => new FileInfo(BenchOptions.DefaultWorkerDll) };
    private static readonly Option<int> Timeout = new("--timeout") { Description = "Seconds to wait for the pipeline (and for each baseline)", DefaultValueFactory = _ => 600 };

    public static Command Create()
    {
        var command = new Command("bench", "Measure the hub end to end against raw MassTransit and PostgreSQL COPY baselines in the same run")
        {
            Pupils, Days, Seed, Schools, Database, VirtualHost, Output, Worker, Timeout,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = Read(parseResult, DateTimeOffset.UtcNow);
            if (Invalid(options) is { } problem)
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
        return new BenchOptions(
            new BenchFeedSettings(parseResult.GetValue(Pupils), parseResult.GetValue(Days), parseResult.GetValue(Seed), parseResult.GetValue(Schools)),
            parseResult.GetValue(Database),
            parseResult.GetValue(VirtualHost),
            parseResult.GetValue(Output) ?? new DirectoryInfo(Path.Combine("artifacts", "bench", now.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture))),
            parseResult.GetValue(Worker)!,
            TimeSpan.FromSeconds(parseResult.GetValue(Timeout)));
    }

    /// <summary>Why these options cannot run, or null.</summary>
    public static string? Invalid(BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var feed = options.Feed;
        return feed.Pupils < 1 || feed.Days < 1 || feed.Schools < 1 ? "--pupils, --days and --schools must be at least 1"
            : feed.Schools > feed.Pupils ? "--schools must not exceed --pupils"
            : feed.Pupils > 9000 ? "--pupils: at most 9,000 (the test BSN block)"
            : BenchFeedGenerator.SchoolDays(feed.Days).Last() >= DateOnly.FromDateTime(DateTime.UtcNow) ? "--days: the last school day must lie in the past (the hub refuses registrations dated in the future)"
            : !options.WorkerDll.Exists ? $"{options.WorkerDll.FullName} does not exist: build first (dotnet build IntegrationHub.sln -c Release)"
            : null;
    }
}
