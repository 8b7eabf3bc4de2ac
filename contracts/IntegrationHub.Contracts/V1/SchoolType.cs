using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

/// <summary>po: primary (counts clock hours); vo: secondary (counts lesson hours); so/vso: special; mbo.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SchoolType>))]
public enum SchoolType
{
    [JsonStringEnumMemberName("po")] Po,
    [JsonStringEnumMemberName("vo")] Vo,
    [JsonStringEnumMemberName("so")] So,
    [JsonStringEnumMemberName("vso")] Vso,
    [JsonStringEnumMemberName("mbo")] Mbo,
}
