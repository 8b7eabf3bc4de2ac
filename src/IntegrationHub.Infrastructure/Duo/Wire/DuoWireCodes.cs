namespace IntegrationHub.Infrastructure.Duo.Wire;

/// <summary>
/// The hub's wire codes for the gemeente's fixed lists (contracts/duo/verzuimregister.xsd, RedenAfgeslotenCodeType and
/// ToelichtingAfsluitingCodeType), mapped from and to the contract codes of
/// <c>IntegrationHub.Contracts.V1.RedenAfgesloten</c> and <c>ToelichtingAfsluiting</c> ("terug-naar-school").
/// </summary>
public static class DuoWireCodes
{
    /// <summary>Reden afgesloten: "terug-naar-school" is "01", and so on down DUO's list.</summary>
    public static WireCodeMap RedenAfgesloten { get; } = new("reden afgesloten", new Dictionary<string, string>
    {
        ["terug-naar-school"] = "01",
        ["inschrijving-beeindigd-andere-opleiding"] = "02",
        ["inschrijving-beeindigd-werk"] = "03",
        ["inschrijving-beeindigd-overige-redenen"] = "04",
        ["inschrijving-beeindigd-leerling-overleden"] = "05",
        ["geen-verzuim-langdurig-ziek"] = "06",
        ["geen-verzuim-legitiem-afwezig"] = "07",
    });

    /// <summary>Toelichting afsluiting: "leerling-gezien-door-gemeente" is "01", and so on down DUO's list.</summary>
    public static WireCodeMap ToelichtingAfsluiting { get; } = new("toelichting afsluiting", new Dictionary<string, string>
    {
        ["leerling-gezien-door-gemeente"] = "01",
        ["actie-richting-leerling"] = "02",
        ["geen-actie-meer-richting-leerling"] = "03",
    });
}
