using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

/// <summary>The status a gemeente sets on a melding (domain.md section 5).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PartnerStatus>))]
public enum PartnerStatus
{
    [JsonStringEnumMemberName("in-behandeling")] InBehandeling,
    [JsonStringEnumMemberName("afgesloten")] Afgesloten,
    [JsonStringEnumMemberName("ter-kennisneming-aangenomen")] TerKennisnemingAangenomen,
}
