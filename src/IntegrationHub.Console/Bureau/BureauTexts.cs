using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Console.Bureau;

/// <summary>The Dutch words for the codes the bureau screens show (domain.md section 5); an unknown code is shown as it is.</summary>
public static class BureauTexts
{
    public static string DuoStatus(string? code) => code switch
    {
        null => "niet via DUO",
        "wachtend" => "nog niet bij DUO",
        "geweigerd" => "door DUO geweigerd",
        "R" => "geregistreerd",
        "B" => "in behandeling",
        "G" => "afgesloten",
        "K" => "ter kennisneming aangenomen",
        "I" => "ingetrokken door school",
        "D" => "overgedragen aan derden",
        _ => code,
    };

    public static string Status(string code) => code switch
    {
        "in-behandeling" => "in behandeling",
        "afgesloten" => "afgesloten",
        "ter-kennisneming-aangenomen" => "ter kennisneming aangenomen",
        _ => code,
    };

    public static string Status(PartnerStatus status) => status switch
    {
        PartnerStatus.InBehandeling => "in behandeling",
        PartnerStatus.Afgesloten => "afgesloten",
        _ => "ter kennisneming aangenomen",
    };

    public static string Reden(RedenAfgesloten reden) => reden switch
    {
        RedenAfgesloten.TerugNaarSchool => "terug naar school / opleiding hervat",
        RedenAfgesloten.InschrijvingBeeindigdAndereOpleiding => "inschrijving beëindigd, andere opleiding",
        RedenAfgesloten.InschrijvingBeeindigdWerk => "inschrijving beëindigd, werk",
        RedenAfgesloten.InschrijvingBeeindigdOverigeRedenen => "inschrijving beëindigd, overige redenen",
        RedenAfgesloten.InschrijvingBeeindigdLeerlingOverleden => "inschrijving beëindigd, leerling overleden",
        RedenAfgesloten.GeenVerzuimLangdurigZiek => "geen verzuim, langdurig ziek",
        _ => "geen verzuim, legitiem afwezig",
    };

    public static string Toelichting(ToelichtingAfsluiting toelichting) => toelichting switch
    {
        ToelichtingAfsluiting.LeerlingGezienDoorGemeente => "leerling is gezien door gemeente",
        ToelichtingAfsluiting.ActieRichtingLeerling => "er wordt actie ondernomen richting leerling",
        _ => "er loopt geen actie meer richting leerling",
    };

    /// <summary>A stored wire code of a reden (e.g. "terug-naar-school") in words.</summary>
    public static string? Reden(string? code) => Parse<RedenAfgesloten>(code) is { } reden ? Reden(reden) : code;

    public static string? Toelichting(string? code) => Parse<ToelichtingAfsluiting>(code) is { } toelichting ? Toelichting(toelichting) : code;

    public static string Soort(string code) => code switch
    {
        "melding-16-uur" or "16-uur" => "16 uur in 4 weken",
        "langdurig-relatief-verzuim" => "langdurig relatief verzuim",
        "luxe-verzuim" => "luxe verzuim",
        "rmc-verzuim" or "rmc" => "RMC (18+)",
        "absoluut-verzuim" => "absoluut verzuim",
        "overig" or "overig-verzuim" => "overig verzuim",
        _ => code,
    };

    /// <summary>The wire code of an enum member, as the contracts write it (e.g. TerugNaarSchool → "terug-naar-school").</summary>
    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        System.Text.Json.JsonSerializer.Serialize(value).Trim('"');

    private static TEnum? Parse<TEnum>(string? code)
        where TEnum : struct, Enum =>
        code is null ? null : Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => Code(v!.Value) == code);
}
