namespace IntegrationHub.Console.School;

/// <summary>The school screens' Dutch words for the hub's codes (a code without a word is shown as it is).</summary>
public static class SchoolTexts
{
    public static string Soort(string kind) => kind switch
    {
        "melding-16-uur" => "16 uur in 4 weken",
        "luxe-verzuim" => "Luxe verzuim",
        "langdurig-relatief-verzuim" or "lrv" => "Langdurig relatief verzuim",
        "rmc-verzuim" => "RMC (18-23 jaar)",
        "absoluut-verzuim" => "Absoluut verzuim",
        "overig-verzuim" => "Overig verzuim",
        _ => kind,
    };

    public static string Ontvanger(string recipient) => recipient switch
    {
        "leerplicht" => "Leerplicht",
        "rmc" => "RMC",
        "school" => "School",
        _ => recipient,
    };

    /// <summary>The hub's own state of a melding.</summary>
    public static string Staat(string state) => state switch
    {
        "concept" => "Voorlopig",
        "akkoord-gevraagd" => "Wacht op akkoord",
        "gereed" => "Gemeld",
        "ingetrokken" => "Ingetrokken",
        "vervallen" => "Vervallen",
        _ => state,
    };

    /// <summary>DUO's register status (or the hub's wachtend/geweigerd before it).</summary>
    public static string Duo(string? status) => status switch
    {
        null => "Niet naar DUO",
        "wachtend" => "Wacht op DUO",
        "geweigerd" => "Geweigerd",
        "R" => "Geregistreerd",
        "B" => "In behandeling",
        "G" => "Afgesloten",
        "K" => "Ter kennisneming aangenomen",
        "I" => "Ingetrokken",
        "D" => "Overgedragen aan derden",
        _ => status,
    };

    public static string PartnerStatus(string? status) => status switch
    {
        null => "Nog geen",
        "in-behandeling" => "In behandeling",
        "afgesloten" => "Afgesloten",
        "ter-kennisneming-aangenomen" => "Ter kennisneming aangenomen",
        _ => status,
    };

    public static string Reden(string? reden) => reden switch
    {
        null => "",
        "terug-naar-school" => "Terug naar school / opleiding hervat",
        "inschrijving-beeindigd-andere-opleiding" => "Inschrijving beëindigd, andere opleiding",
        "inschrijving-beeindigd-werk" => "Inschrijving beëindigd, werk",
        "inschrijving-beeindigd-overige-redenen" => "Inschrijving beëindigd, overige redenen",
        "inschrijving-beeindigd-leerling-overleden" => "Inschrijving beëindigd, leerling overleden",
        "geen-verzuim-langdurig-ziek" => "Geen verzuim, langdurig ziek",
        "geen-verzuim-legitiem-afwezig" => "Geen verzuim, legitiem afwezig",
        "leerling-gezien-door-gemeente" => "Leerling is gezien door gemeente",
        "actie-richting-leerling" => "Er wordt actie ondernomen richting leerling",
        "geen-actie-meer-richting-leerling" => "Er loopt geen actie meer richting leerling",
        _ => reden,
    };

    /// <summary>The badge class for a melding's hub state: never colour alone, the word is always shown.</summary>
    public static string StaatBadge(string state, bool decisionRequired) => decisionRequired
        ? "badge-waarschuwing"
        : state switch
        {
            "gereed" => "badge-ok",
            "akkoord-gevraagd" => "badge-info",
            _ => "badge-neutraal",
        };

    public static string Datum(DateOnly? date) => date?.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public static string Tijd(DateTimeOffset? time) =>
        time is { } t ? TimeZoneInfo.ConvertTime(t, Amsterdam).ToString("d-M-yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
}
