using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

[JsonConverter(typeof(JsonStringEnumConverter<DeregistrationReason>))]
public enum DeregistrationReason
{
    [JsonStringEnumMemberName("school-change")] SchoolChange,
    [JsonStringEnumMemberName("diploma")] Diploma,
    [JsonStringEnumMemberName("work")] Work,
    [JsonStringEnumMemberName("emigration")] Emigration,
    [JsonStringEnumMemberName("expulsion")] Expulsion,
    [JsonStringEnumMemberName("deceased")] Deceased,
    [JsonStringEnumMemberName("other")] Other,
    [JsonStringEnumMemberName("unknown")] Unknown,
}
