using System.CommandLine;
using IntegrationHub.Cli.Demo;
using IntegrationHub.Cli.Feed;

namespace IntegrationHub.Cli.Commands;

/// <summary>
/// <c>hub demo [--feed FILE] [--schools FILE]</c>: runs the hub in-process on the bundled sample feed, through the
/// real broker and database, and prints what the schools hear back. Exit 0 when every message was answered.
/// </summary>
internal static class DemoCommand
{
    /// <summary>Used only when no Pseudonymisation:Key is configured: the demo is a local run.</summary>
    private const string DemoPseudonymisationKey = "hub-demo-local-pseudonymisation-key-not-for-production";

    /// <summary>Used only when no Disclosures:Key is configured: the demo is a local run.</summary>
    private const string DemoDisclosureKey = "hub-demo-local-disclosure-log-key-not-for-production";

    public static Command Create()
    {
        var feed = new Option<FileInfo>("--feed") { Description = "The feed to send", DefaultValueFactory = _ => new FileInfo(SampleCommand.DefaultPath) };
        var schools = new Option<FileInfo>("--schools") { Description = "The schools to connect", DefaultValueFactory = _ => new FileInfo("infra/sample/schools.json") };
        var directory = new Option<DirectoryInfo>("--directory") { Description = "The routing directory's data files to load", DefaultValueFactory = _ => new DirectoryInfo("infra/directory") };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for every answer", DefaultValueFactory = _ => 180 };
        var command = new Command("demo", "Run the hub on the sample feed through RabbitMQ and PostgreSQL and print what happened") { feed, schools, directory, timeout };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var feedFile = parseResult.GetValue(feed)!;
            var schoolsFile = parseResult.GetValue(schools)!;
            foreach (var file in new[] { feedFile, schoolsFile }.Where(f => !f.Exists))
            {
                await Console.Error.WriteLineAsync($"hub demo: {file.FullName} does not exist");
                return 2;
            }

            using var reader = feedFile.OpenText();
            var lines = FeedFile.Read(reader).ToList();
            var configuration = HubConfiguration.Build(new Dictionary<string, string?> { ["Pseudonymisation:Key"] = DemoPseudonymisationKey, ["Disclosures:Key"] = DemoDisclosureKey });
            var runner = new DemoRunner(configuration, Console.Out, parseResult.GetValue(directory)!);
            return await runner.RunAsync(lines, DemoSchools.Read(schoolsFile), TimeSpan.FromSeconds(parseResult.GetValue(timeout)), cancellationToken);
        });
        return command;
    }
}
