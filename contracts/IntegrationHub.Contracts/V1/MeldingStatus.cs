using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

/// <summary>A verzuimmelding's status in DUO's register (domain.md section 5), the source of record for statuses.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeldingStatus>))]
public enum MeldingStatus
{
    [JsonStringEnumMemberName("geregistreerd")] Geregistreerd,
    [JsonStringEnumMemberName("in-behandeling")] InBehandeling,
    [JsonStringEnumMemberName("afgesloten")] Afgesloten,
    [JsonStringEnumMemberName("ter-kennisgeving-aangenomen")] TerKennisgevingAangenomen,
    [JsonStringEnumMemberName("ingetrokken")] Ingetrokken,

    /// <summary>Retired in 2020; old meldingen still carry it.</summary>
    [JsonStringEnumMemberName("overgedragen-aan-derden")] OvergedragenAanDerden,
}
