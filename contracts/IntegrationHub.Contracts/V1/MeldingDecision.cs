using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

/// <summary>The school's answer about a melding.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeldingDecision>))]
public enum MeldingDecision
{
    /// <summary>Approve a melding that waits for approval.</summary>
    [JsonStringEnumMemberName("akkoord")] Akkoord,

    /// <summary>Withdraw it; a reason is required.</summary>
    [JsonStringEnumMemberName("intrekken")] Intrekken,

    /// <summary>Keep it after a correction.</summary>
    [JsonStringEnumMemberName("handhaven")] Handhaven,
}
