using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHub.Domain.Meldingen;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>A melding is stored as the domain record, with enums as their names so operators can read it.</summary>
internal static class MeldingJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    public static Verzuimmelding Read(string json, DateTimeOffset? sentAt)
    {
        var melding = JsonSerializer.Deserialize<Verzuimmelding>(json, Options)
            ?? throw new InvalidOperationException("A stored melding is empty.");
        melding.SentAt = sentAt;
        return melding;
    }

    public static string Write(Verzuimmelding melding) => JsonSerializer.Serialize(melding, Options);

    public static string StateCode(MeldingState state) => state switch
    {
        MeldingState.Concept => "concept",
        MeldingState.AkkoordGevraagd => "akkoord-gevraagd",
        MeldingState.Gereed => "gereed",
        MeldingState.Ingetrokken => "ingetrokken",
        _ => "vervallen",
    };
}
