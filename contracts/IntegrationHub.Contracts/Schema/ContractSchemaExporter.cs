using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace IntegrationHub.Contracts.Schema;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of each published contract from its C# type, using the
/// framework's own <see cref="JsonSchemaExporter"/>. The files under contracts/schemas/v1 are its output;
/// a test fails when they drift from the code.
/// </summary>
public static class ContractSchemaExporter
{
    public const string SchemaDirectory = "schemas/v1";

    public static string FileName(Type contract) => contract.Name + ".schema.json";

    public static string Export(Type contract)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                if (context.PropertyInfo is null && context.TypeInfo.Type == contract && node is JsonObject root)
                {
                    root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
                    root.Insert(1, "$id", $"urn:message:{contract.Namespace}:{contract.Name}");
                    root.Insert(2, "title", contract.Name);
                }

                return node;
            },
        };
        var schema = ContractJson.Options.GetJsonSchemaAsNode(contract, exporterOptions);
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
