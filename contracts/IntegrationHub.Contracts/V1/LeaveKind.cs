using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

[JsonConverter(typeof(JsonStringEnumConverter<LeaveKind>))]
public enum LeaveKind
{
    /// <summary>Holiday leave (art. 13a): at most once a year, at most 10 school days.</summary>
    [JsonStringEnumMemberName("vakantie")] Vakantie,

    /// <summary>Important circumstances (art. 14).</summary>
    [JsonStringEnumMemberName("gewichtige-omstandigheden")] GewichtigeOmstandigheden,

    /// <summary>Religious duties (art. 13).</summary>
    [JsonStringEnumMemberName("godsdienst")] Godsdienst,
}
