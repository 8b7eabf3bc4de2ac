using System.CommandLine;
using IntegrationHub.Contracts.Schema;

namespace IntegrationHub.Cli.Commands;

/// <summary><c>hub schema export [--out DIR]</c>: writes the JSON Schema of every V1 contract.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Directory to write the *.schema.json files to",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("contracts", ContractSchemaExporter.SchemaDirectory)),
        };
        var export = new Command("export", "Write the JSON Schema of every published contract") { output };
        export.SetAction(parseResult =>
        {
            var directory = parseResult.GetValue(output)!;
            directory.Create();
            foreach (var contract in ContractTypes.All)
            {
                var path = Path.Combine(directory.FullName, ContractSchemaExporter.FileName(contract));
                File.WriteAllText(path, ContractSchemaExporter.Export(contract));
                Console.Out.WriteLine(path);
            }

            return 0;
        });

        return new Command("schema", "Contract schemas") { export };
    }
}
