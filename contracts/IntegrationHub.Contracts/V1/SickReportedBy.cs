using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

[JsonConverter(typeof(JsonStringEnumConverter<SickReportedBy>))]
public enum SickReportedBy
{
    [JsonStringEnumMemberName("parent")] Parent,
    [JsonStringEnumMemberName("pupil")] Pupil,
    [JsonStringEnumMemberName("school")] School,
}
