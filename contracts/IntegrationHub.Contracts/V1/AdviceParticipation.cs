using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

/// <summary>JGZ advice: how far the pupil can take part in school.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AdviceParticipation>))]
public enum AdviceParticipation
{
    [JsonStringEnumMemberName("volledig")] Volledig,
    [JsonStringEnumMemberName("gedeeltelijk")] Gedeeltelijk,
    [JsonStringEnumMemberName("tijdelijk-niet")] TijdelijkNiet,
}
