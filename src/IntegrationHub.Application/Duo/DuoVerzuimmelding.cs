namespace IntegrationHub.Application.Duo;

/// <summary>
/// One verzuimmelding as it goes to DUO: every field of the Besluit Verzuimmelding annex (domain.md section 5), plus
/// the business ids the hub needs (its melding id, the school, the woongemeente in DUO's 4-digit form, and the
/// meldingsnummer of the melding a vervolgmelding follows). Carries the persoonsgebonden nummer: never logged.
/// </summary>
public sealed record DuoVerzuimmelding
{
    /// <summary>The hub's melding id: the school's own kenmerk for the melding, in the body.</summary>
    public required Guid MeldingId { get; init; }

    public required string Brin { get; init; }

    public required string Vestiging { get; init; }

    public required string PersoonsgebondenNummer { get; init; }

    /// <summary>"BSN" or "OWN" (onderwijsnummer).</summary>
    public required string NummerSoort { get; init; }

    public required DuoSoort Soort { get; init; }

    public required DateOnly Begindatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    /// <summary>Vermoedelijke reden: free text a person at the school confirmed (at most 200 characters); null otherwise.</summary>
    public string? Reden { get; init; }

    public required bool AlleLessenGemist { get; init; }

    public required string DoorSchoolOndernomenActie { get; init; }

    public required bool ActieGemeenteGewenst { get; init; }

    /// <summary>Required when <see cref="ActieGemeenteGewenst"/> is false (at most 100 characters).</summary>
    public string? ActieGemeenteToelichting { get; init; }

    public required string NaamLeslocatie { get; init; }

    public required DuoMelder Melder { get; init; }

    public string? TelefoonOuderOfLeerling { get; init; }

    public DuoAdres? AfwijkendVerblijfadres { get; init; }

    public required int VerzuimDagen { get; init; }

    public required decimal VerzuimUren { get; init; }

    /// <summary>The woongemeente in DUO's 4-digit form ("0344"); null when the hub does not know it.</summary>
    public string? Gemeentecode { get; init; }

    /// <summary>For a vervolgmelding: the meldingsnummer of the melding it follows.</summary>
    public string? VervolgOpMeldingsnummer { get; init; }
}
