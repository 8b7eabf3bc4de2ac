using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

[JsonConverter(typeof(JsonStringEnumConverter<VakantieRegio>))]
public enum VakantieRegio
{
    [JsonStringEnumMemberName("noord")] Noord,
    [JsonStringEnumMemberName("midden")] Midden,
    [JsonStringEnumMemberName("zuid")] Zuid,
}
