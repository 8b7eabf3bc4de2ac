using IntegrationHub.Domain.Meldingen;

namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>A school's melder settings and approval policy as stored in the schools table.</summary>
internal sealed record SchoolPolicyRow
{
    public string? MelderNaam { get; init; }

    public string? MelderFunctie { get; init; }

    public string? MelderTelefoon { get; init; }

    public string? MelderEmail { get; init; }

    public string? DoorSchoolOndernomenActie { get; init; }

    public bool ActieGemeenteGewenst { get; init; }

    public string? ActieGemeenteToelichting { get; init; }

    public bool RequiresApproval { get; init; }

    public SchoolMeldingPolicy ToPolicy() => new(RequiresApproval, new Melder
    {
        Naam = MelderNaam ?? "",
        Functie = MelderFunctie ?? "",
        Telefoon = MelderTelefoon ?? "",
        Email = MelderEmail ?? "",
        DoorSchoolOndernomenActie = DoorSchoolOndernomenActie ?? "",
        ActieGemeenteGewenst = ActieGemeenteGewenst,
        ActieGemeenteToelichting = ActieGemeenteToelichting,
    });
}
