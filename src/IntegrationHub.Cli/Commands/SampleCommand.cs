using System.CommandLine;
using IntegrationHub.Cli.Feed;

namespace IntegrationHub.Cli.Commands;

/// <summary><c>hub sample [--out FILE]</c>: writes the bundled sample feed (deterministic).</summary>
internal static class SampleCommand
{
    public const string DefaultPath = "infra/sample/feed.jsonl";

    public static Command Create()
    {
        var output = new Option<FileInfo>("--out")
        {
            Description = "File to write the JSON Lines feed to",
            DefaultValueFactory = _ => new FileInfo(DefaultPath),
        };
        var command = new Command("sample", "Write the bundled sample feed: three schools, eight pupils, autumn 2026") { output };
        command.SetAction(parseResult =>
        {
            var file = parseResult.GetValue(output)!;
            file.Directory?.Create();
            File.WriteAllLines(file.FullName, SampleFeedGenerator.Generate());
            Console.Out.WriteLine(file.FullName);
            return 0;
        });
        return command;
    }
}
