using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

/// <summary>JGZ advice: the pupil's load capacity (belastbaarheid), never the reason for it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AdviceLoadCapacity>))]
public enum AdviceLoadCapacity
{
    [JsonStringEnumMemberName("normaal")] Normaal,
    [JsonStringEnumMemberName("beperkt")] Beperkt,
    [JsonStringEnumMemberName("sterk-beperkt")] SterkBeperkt,
}
