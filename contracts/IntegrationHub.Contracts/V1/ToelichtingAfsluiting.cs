using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

/// <summary>The gemeente's explanation of a closure: DUO's fixed list (domain.md section 5).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ToelichtingAfsluiting>))]
public enum ToelichtingAfsluiting
{
    [JsonStringEnumMemberName("leerling-gezien-door-gemeente")] LeerlingGezienDoorGemeente,
    [JsonStringEnumMemberName("actie-richting-leerling")] ActieRichtingLeerling,
    [JsonStringEnumMemberName("geen-actie-meer-richting-leerling")] GeenActieMeerRichtingLeerling,
}
