using System.Text.Json.Serialization;

namespace IntegrationHub.Contracts.V1;

/// <summary>Why a gemeente closed a melding: DUO's fixed list (domain.md section 5).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RedenAfgesloten>))]
public enum RedenAfgesloten
{
    [JsonStringEnumMemberName("terug-naar-school")] TerugNaarSchool,
    [JsonStringEnumMemberName("inschrijving-beeindigd-andere-opleiding")] InschrijvingBeeindigdAndereOpleiding,
    [JsonStringEnumMemberName("inschrijving-beeindigd-werk")] InschrijvingBeeindigdWerk,
    [JsonStringEnumMemberName("inschrijving-beeindigd-overige-redenen")] InschrijvingBeeindigdOverigeRedenen,
    [JsonStringEnumMemberName("inschrijving-beeindigd-leerling-overleden")] InschrijvingBeeindigdLeerlingOverleden,
    [JsonStringEnumMemberName("geen-verzuim-langdurig-ziek")] GeenVerzuimLangdurigZiek,
    [JsonStringEnumMemberName("geen-verzuim-legitiem-afwezig")] GeenVerzuimLegitiemAfwezig,
}
