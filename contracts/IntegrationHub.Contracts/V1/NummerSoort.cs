using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

[JsonConverter(typeof(JsonStringEnumConverter<NummerSoort>))]
public enum NummerSoort
{
    [JsonStringEnumMemberName("bsn")] Bsn,
    [JsonStringEnumMemberName("onderwijsnummer")] Onderwijsnummer,
}
