using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

[JsonConverter(typeof(JsonStringEnumConverter<LeaveGrantedBy>))]
public enum LeaveGrantedBy
{
    [JsonStringEnumMemberName("schoolleider")] Schoolleider,
    [JsonStringEnumMemberName("leerplichtambtenaar")] Leerplichtambtenaar,
}
