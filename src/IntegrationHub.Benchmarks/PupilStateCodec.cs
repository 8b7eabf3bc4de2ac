using System.Text.Json;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Benchmarks;

/// <summary>The state as the worker stores it: System.Text.Json with its default options (as PupilStateJson).</summary>
internal static class PupilStateCodec
{
    public static PupilState Read(string json) => JsonSerializer.Deserialize<PupilState>(json)!;

    public static string Write(PupilState state) => JsonSerializer.Serialize(state);

    /// <summary>One event as production pays for it: read the stored state, apply, write the state back.</summary>
    public static string Apply(string json, PupilEvent e) =>
        Write(SignaleringEngine.Apply(Read(json), e, Histories.Context, e.OccurredAt).State);
}
