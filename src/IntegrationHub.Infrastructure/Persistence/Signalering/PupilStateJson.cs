using System.Text.Json;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>The pupil state is stored as the domain writes it: System.Text.Json with its default options.</summary>
internal static class PupilStateJson
{
    private static readonly JsonSerializerOptions Options = JsonSerializerOptions.Default;

    public static PupilState? Read(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<PupilState>(json, Options);

    public static string Write(PupilState state) => JsonSerializer.Serialize(state, Options);
}
