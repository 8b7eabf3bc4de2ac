namespace IntegrationHub.Application.Messaging;

/// <summary>
/// Internal, partner-bound: a settled verzuimmelding, made once (on the school's mandate or after its approval). Until
/// routing exists it is published to its message-type exchange. Pseudonymised (the routing layer adds the
/// persoonsgebonden nummer for the legal-obligation routes); never health data: meldingen rest on ongeoorloofd
/// registrations only.
/// </summary>
public sealed record VerzuimmeldingReady
{
    public required Guid MeldingId { get; init; }

    public Guid? FollowsMeldingId { get; init; }

    public required string Kind { get; init; }

    public required string SoortVerzuim { get; init; }

    public required string Recipient { get; init; }

    public required string Pupil { get; init; }

    public required string Brin { get; init; }

    public required string Vestiging { get; init; }

    public required string Regime { get; init; }

    public string? Woongemeente { get; init; }

    public required DateOnly Begindatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    public required decimal VerzuimUren { get; init; }

    public required int VerzuimDagen { get; init; }

    public required bool IsVervolgmelding { get; init; }

    public DateOnly? Deadline { get; init; }

    public required IReadOnlyList<string> RegistrationIds { get; init; }

    public required string MelderNaam { get; init; }

    public required string MelderFunctie { get; init; }

    public required string MelderTelefoon { get; init; }

    public required string MelderEmail { get; init; }

    public required string DoorSchoolOndernomenActie { get; init; }

    public required bool ActieGemeenteGewenst { get; init; }

    public string? ActieGemeenteToelichting { get; init; }

    public required DateTimeOffset MadeAt { get; init; }
}
