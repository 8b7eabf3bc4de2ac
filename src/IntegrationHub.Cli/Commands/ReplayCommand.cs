using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using IntegrationHub.Cli.Demo;
using IntegrationHub.Cli.Feed;
using IntegrationHub.Cli.Replay;
using IntegrationHub.Domain.Calendar;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub replay FEED [--out FILE] [--region midden] [--schools FILE] [--now TIME] [--settings FILE]</c>: runs a JSON
/// Lines feed of V1 messages through the real intake, rules and melding decisions in memory and prints every message
/// the hub would send as JSON Lines, each with its kind ("finding", "melding", "school-feedback"). No broker or database.
/// </summary>
internal static class ReplayCommand
{
    private static readonly JsonSerializerOptions LineOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var feed = new Argument<FileInfo>("feed") { Description = "JSON Lines file: one {\"messageType\", \"message\"} per line (see infra/sample/feed.jsonl)" };
        var output = new Option<FileInfo?>("--out") { Description = "Write the output here instead of standard output" };
        var region = new Option<SchoolRegion>("--region")
        {
            Description = "Holiday region of schools that publish no calendar in the feed and are not in --schools",
            DefaultValueFactory = _ => SchoolRegion.Midden,
        };
        var schools = new Option<FileInfo?>("--schools") { Description = "JSON list of {brin, name, region} (see infra/sample/schools.json)" };
        var now = new Option<DateTimeOffset?>("--now") { Description = "Where the clock stands when the replay ends (after the feed; a time before the last message changes nothing). Default: run on until nothing is due, at most 60 days past the last message" };
        var settings = new Option<FileInfo?>("--settings") { Description = "Rule settings: a JSON file in the worker's format, {\"Signalering\": {\"Settings\": [layers]}}" };
        var command = new Command("replay", "Run a feed through the real intake, rules and melding decisions offline and print what the hub would send") { feed, output, region, schools, now, settings };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var file = parseResult.GetValue(feed)!;
            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"hub replay: {file.FullName} does not exist");
                return 2;
            }

            using var reader = file.OpenText();
            var regions = parseResult.GetValue(schools) is { } schoolsFile
                ? DemoSchools.Read(schoolsFile).ToDictionary(s => s.Brin, s => Enum.Parse<SchoolRegion>(s.Region.ToString()), StringComparer.Ordinal)
                : [];
            var fallback = parseResult.GetValue(region);
            var layers = parseResult.GetValue(settings) is { } settingsFile ? ReplaySettings.Read(settingsFile) : [];
            var runner = new ReplayRunner(brin => regions.GetValueOrDefault(brin, fallback), layers);
            var (lines, summary) = await runner.RunAsync(FeedFile.Read(reader), cancellationToken, parseResult.GetValue(now));
            var target = parseResult.GetValue(output);
            await using var writer = target is null ? Console.Out : new StreamWriter(target.FullName);
            foreach (var line in lines)
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(line, LineOptions));
            }

            await Console.Error.WriteLineAsync(summary.ToString());
            return 0;
        });
        return command;
    }
}
