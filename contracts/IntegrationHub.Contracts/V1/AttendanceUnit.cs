using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

/// <summary>What the school registered: a lesson (vo, mbo) or a dagdeel (po).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AttendanceUnit>))]
public enum AttendanceUnit
{
    [JsonStringEnumMemberName("lesson")] Lesson,
    [JsonStringEnumMemberName("dagdeel")] Dagdeel,
}
