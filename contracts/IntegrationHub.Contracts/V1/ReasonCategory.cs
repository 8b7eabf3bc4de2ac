using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

/// <summary>
/// National reason categories (domain.md section 3). The first group is geoorloofd, the second ongeoorloofd.
/// The LVS keeps its own finer code in <c>LvsReasonCode</c>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReasonCategory>))]
public enum ReasonCategory
{
    [JsonStringEnumMemberName("geen")] Geen,
    [JsonStringEnumMemberName("ziekte")] Ziekte,
    [JsonStringEnumMemberName("verlof")] Verlof,
    [JsonStringEnumMemberName("schorsing")] Schorsing,
    [JsonStringEnumMemberName("vrijstelling")] Vrijstelling,
    [JsonStringEnumMemberName("overmacht")] Overmacht,
    [JsonStringEnumMemberName("spijbelen")] Spijbelen,
    [JsonStringEnumMemberName("te-laat")] TeLaat,
    [JsonStringEnumMemberName("luxe-verzuim")] LuxeVerzuim,
    [JsonStringEnumMemberName("onbekend")] Onbekend,
}
