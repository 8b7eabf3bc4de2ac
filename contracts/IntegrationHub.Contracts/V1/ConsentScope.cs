using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

[JsonConverter(typeof(JsonStringEnumConverter<ConsentScope>))]
public enum ConsentScope
{
    /// <summary>A MAZL referral from the school to the JGZ.</summary>
    [JsonStringEnumMemberName("mazl-referral")] MazlReferral,

    /// <summary>Structured JGZ advice back to the school.</summary>
    [JsonStringEnumMemberName("jgz-advice-to-school")] JgzAdviceToSchool,
}
