namespace IntegrationHub.Application.Routing;

/// <summary>
/// The processing activities (versioned ids), their legal bases and data categories (domain.md section 8), as they go
/// into the disclosure log. One place, so the log and the README's DPIA table agree.
/// </summary>
public static class Disclosures
{
    public const string LegalObligation = "AVG art. 6(1)(c); Leerplichtwet 1969 art. 21, 21a";
    public const string LegalObligationRmc = "AVG art. 6(1)(c); WEB art. 8.1.8a";
    public const string Consent = "AVG art. 6(1)(a), 9(2)(a): toestemming";
    public const string NoticeToParents = "AVG art. 6(1)(e), 9(2)(h): MAZL, gedocumenteerde kennisgeving aan ouders";

    public static readonly IReadOnlyList<string> MeldingCategories =
        ["persoonsgebonden-nummer", "school", "woongemeente", "verzuimperiode", "verzuimuren", "soort-verzuim", "melder", "actie-school"];

    public static readonly IReadOnlyList<string> MeldingUpdateCategories = ["verzuimperiode", "status-melding"];

    public static readonly IReadOnlyList<string> ReferralCategories =
        ["pupil-pseudonym", "school", "ziekmelding-aantallen", "ziekteperiode", "mazl-criterium", "gesprek-school", "contact-school"];

    public static readonly IReadOnlyList<string> AdviceCategories = ["jgz-advies-gestructureerd"];

    public static string MeldingActivity(PartnerKind kind) => kind == PartnerKind.Rmc ? "verzuimmelding-rmc/v1" : "verzuimmelding-leerplicht/v1";

    public static string MeldingUpdateActivity(PartnerKind kind) => kind == PartnerKind.Rmc ? "verzuimmelding-rmc-wijziging/v1" : "verzuimmelding-leerplicht-wijziging/v1";

    public static string MeldingBasis(PartnerKind kind) => kind == PartnerKind.Rmc ? LegalObligationRmc : LegalObligation;

    /// <summary>The recipient of every request the hub sends to DUO's verzuimregister.</summary>
    public const string Duo = "duo";

    /// <summary>What a request to DUO discloses, by its operation: a melding ("melden"), its einddatum or withdrawal ("mutatie"), a gemeente's status.</summary>
    public static string DuoActivity(string operation) => operation switch
    {
        "melden" => "verzuimmelding-duo/v1",
        "mutatie" => "verzuimmelding-duo-mutatie/v1",
        _ => "verzuimmelding-duo-status-gemeente/v1",
    };

    public static IReadOnlyList<string> DuoCategories(string operation) => operation == "melden"
        ? [.. MeldingCategories, "leslocatie"]
        : ["verzuimperiode", "status-melding"];

    /// <summary>RMC meldingen rest on WEB 8.1.8a, the others on the Leerplichtwet.</summary>
    public static string DuoBasis(string? soort) => soort == "RMC" ? LegalObligationRmc : LegalObligation;

    public const string ReferralActivity = "mazl-verwijzing-jgz/v1";

    public const string AdviceActivity = "jgz-advies-school/v1";
}
