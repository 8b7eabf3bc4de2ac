using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Infrastructure.Persistence;

/// <summary>How the hub writes JSON into its own tables (ledger payloads, reasons, outbox bodies): camelCase, enums as strings.</summary>
public static class HubJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
