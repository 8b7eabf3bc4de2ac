using System.CommandLine;
using IntegrationHub.Cli.AsyncApi;

namespace IntegrationHub.Cli.Commands;

/// <summary><c>hub asyncapi export [--out FILE]</c>: writes the AsyncAPI document of the hub's exchanges and queues.</summary>
internal static class AsyncApiCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--out")
        {
            Description = "File to write the AsyncAPI document to (its $refs point at schemas/v1 next to it)",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("contracts", AsyncApiDocument.FileName)),
        };
        var export = new Command("export", "Write the AsyncAPI document of every exchange and queue") { output };
        export.SetAction(parseResult =>
        {
            var file = parseResult.GetValue(output)!;
            file.Directory?.Create();
            File.WriteAllText(file.FullName, AsyncApiDocument.Export());
            Console.Out.WriteLine(file.FullName);
            return 0;
        });

        return new Command("asyncapi", "The AsyncAPI document for integrators") { export };
    }
}
