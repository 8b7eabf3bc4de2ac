using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

/// <summary>Who consented (WGBO): under 12 the parents; 12-15 parents and pupil; 16+ the pupil.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsentGivenBy>))]
public enum ConsentGivenBy
{
    [JsonStringEnumMemberName("parents")] Parents,
    [JsonStringEnumMemberName("parents-and-pupil")] ParentsAndPupil,
    [JsonStringEnumMemberName("pupil")] Pupil,
}
