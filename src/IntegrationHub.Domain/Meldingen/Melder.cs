namespace IntegrationHub.Domain.Meldingen;

/// <summary>
/// What only the school can supply for a melding (Besluit Verzuimmelding, annex): the melder, the action the school
/// took and whether it wants the gemeente to act. School settings given when the school is connected; an LVS may
/// override them per melding.
/// </summary>
public sealed record Melder
{
    public required string Naam { get; init; }

    public required string Functie { get; init; }

    public required string Telefoon { get; init; }

    public required string Email { get; init; }

    public required string DoorSchoolOndernomenActie { get; init; }

    public required bool ActieGemeenteGewenst { get; init; }

    /// <summary>Required when <see cref="ActieGemeenteGewenst"/> is false.</summary>
    public string? ActieGemeenteToelichting { get; init; }

    /// <summary>The names of required fields that are empty (the melding cannot be made without them).</summary>
    public IReadOnlyList<string> MissingFields()
    {
        var missing = new List<string>();
        Check(Naam, "melder.naam");
        Check(Functie, "melder.functie");
        Check(Telefoon, "melder.telefoon");
        Check(Email, "melder.email");
        Check(DoorSchoolOndernomenActie, "doorSchoolOndernomenActie");
        if (!ActieGemeenteGewenst)
        {
            Check(ActieGemeenteToelichting, "actieGemeenteToelichting");
        }

        return missing;

        void Check(string? value, string name)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                missing.Add(name);
            }
        }
    }
}
