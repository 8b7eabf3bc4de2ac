using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

/// <summary>JGZ advice: an adjustment the school can make.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AdviceAdjustment>))]
public enum AdviceAdjustment
{
    [JsonStringEnumMemberName("aangepast-rooster")] AangepastRooster,
    [JsonStringEnumMemberName("rustmomenten")] Rustmomenten,
    [JsonStringEnumMemberName("minder-toetsen")] MinderToetsen,
    [JsonStringEnumMemberName("aangepaste-gym")] AangepasteGym,
    [JsonStringEnumMemberName("deels-thuisonderwijs")] DeelsThuisonderwijs,
    [JsonStringEnumMemberName("vast-aanspreekpunt")] VastAanspreekpunt,
}
