using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

[JsonConverter(typeof(JsonStringEnumConverter<AttendanceStatus>))]
public enum AttendanceStatus
{
    [JsonStringEnumMemberName("present")] Present,
    [JsonStringEnumMemberName("absent-authorised")] AbsentAuthorised,
    [JsonStringEnumMemberName("absent-unauthorised")] AbsentUnauthorised,
    [JsonStringEnumMemberName("late")] Late,
}
