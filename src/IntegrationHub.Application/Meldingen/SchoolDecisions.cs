using IntegrationHub.Domain.Meldingen;

namespace IntegrationHub.Application.Meldingen;

/// <summary>How a school's answer about a melding is read: its decision code and the melder fields it overrides.</summary>
public static class SchoolDecisions
{
    public static SchoolDecision Parse(string code) => code switch
    {
        "akkoord" => SchoolDecision.Akkoord,
        "intrekken" => SchoolDecision.Intrekken,
        "handhaven" => SchoolDecision.Handhaven,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown decision (the intake validates it)."),
    };

    /// <summary>An LVS may override the school's melder settings for one melding; unset fields keep the school's.</summary>
    public static Melder? MelderOverride(
        Melder? school, string? naam, string? functie, string? telefoon, string? email,
        string? ondernomenActie, bool? actieGemeenteGewenst, string? actieGemeenteToelichting)
    {
        if (school is null || (naam is null && functie is null && telefoon is null && email is null
            && ondernomenActie is null && actieGemeenteGewenst is null && actieGemeenteToelichting is null))
        {
            return null;
        }

        return school with
        {
            Naam = naam ?? school.Naam,
            Functie = functie ?? school.Functie,
            Telefoon = telefoon ?? school.Telefoon,
            Email = email ?? school.Email,
            DoorSchoolOndernomenActie = ondernomenActie ?? school.DoorSchoolOndernomenActie,
            ActieGemeenteGewenst = actieGemeenteGewenst ?? school.ActieGemeenteGewenst,
            ActieGemeenteToelichting = actieGemeenteToelichting ?? school.ActieGemeenteToelichting,
        };
    }
}
