using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Cli.Demo;

/// <summary>Reads infra/sample/schools.json.</summary>
internal static class DemoSchools
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static IReadOnlyList<DemoSchool> Read(FileInfo file) =>
        JsonSerializer.Deserialize<DemoSchool[]>(File.ReadAllText(file.FullName), Options)
        ?? throw new InvalidDataException($"{file.FullName}: no schools");
}
