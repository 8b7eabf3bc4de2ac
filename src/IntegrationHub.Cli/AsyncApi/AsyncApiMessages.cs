using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Schema;

namespace IntegrationHub.Cli.AsyncApi;

/// <summary>
/// The message components of the AsyncAPI document: one per contract, its payload pointing at the contract's JSON Schema
/// file (relative to the document, so the document and <c>schemas/v1</c> travel together, as in the NuGet package).
/// </summary>
internal static class AsyncApiMessages
{
    public const string MassTransitContentType = "application/vnd.masstransit+json";
    public const string BindingVersion = "0.3.0";

    public static string Urn(Type contract) => $"urn:message:{contract.Namespace}:{contract.Name}";

    public static string SchemaRef(Type contract) => $"./{ContractSchemaExporter.SchemaDirectory}/{ContractSchemaExporter.FileName(contract)}";

    /// <summary>A message the hub sends: always a MassTransit envelope with the contract in <c>message</c>.</summary>
    public static JsonObject Sent(Type contract) => new()
    {
        ["name"] = contract.Name,
        ["title"] = contract.Name,
        ["summary"] = $"{Urn(contract)}, in a MassTransit envelope.",
        ["contentType"] = MassTransitContentType,
        ["headers"] = new JsonObject { ["$ref"] = "#/components/schemas/TraceHeaders" },
        ["payload"] = Envelope(contract),
        ["bindings"] = new JsonObject { ["amqp"] = new JsonObject { ["bindingVersion"] = BindingVersion } },
    };

    /// <summary>A message the hub receives: the contract as plain JSON (type in the AMQP <c>type</c> property) or in a MassTransit envelope.</summary>
    public static JsonObject Received(Type contract) => new()
    {
        ["name"] = contract.Name,
        ["title"] = contract.Name,
        ["summary"] = $"{Urn(contract)}: plain JSON with AMQP type `{contract.Name}` (or the urn), or a MassTransit envelope.",
        ["contentType"] = "application/json",
        ["headers"] = new JsonObject { ["$ref"] = "#/components/schemas/TraceHeaders" },
        ["payload"] = new JsonObject
        {
            ["oneOf"] = new JsonArray(new JsonObject { ["$ref"] = SchemaRef(contract) }, Envelope(contract)),
        },
        ["bindings"] = new JsonObject
        {
            ["amqp"] = new JsonObject { ["messageType"] = contract.Name, ["bindingVersion"] = BindingVersion },
        },
    };

    private static JsonObject Envelope(Type contract) => new()
    {
        ["allOf"] = new JsonArray(
            new JsonObject { ["$ref"] = "#/components/schemas/MassTransitEnvelope" },
            new JsonObject
            {
                ["properties"] = new JsonObject
                {
                    ["messageType"] = new JsonObject { ["contains"] = new JsonObject { ["const"] = Urn(contract) } },
                    ["message"] = new JsonObject { ["$ref"] = SchemaRef(contract) },
                },
            }),
    };
}
