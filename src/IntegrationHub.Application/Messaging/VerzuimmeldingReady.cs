namespace IntegrationHub.Application.Messaging;

/// <summary>
/// Internal, partner-bound: a settled verzuimmelding, made once (on the school's mandate or after its approval). The
/// routing stage takes it from here: the woongemeente's organisation, the recipient's projection (it adds the
/// persoonsgebonden nummer for the legal-obligation routes), the disclosure log. Pseudonymised; never health data:
/// meldingen rest on ongeoorloofd registrations only. <see cref="Woongemeente"/> is the one in effect on the day the
/// melding was made.
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

    /// <summary>The day the melding was made, in the school's time zone: the directory and the woongemeente are taken as of this day.</summary>
    public DateOnly? MadeOn { get; init; }

    /// <summary>
    /// The pupil's kinds for alternative routing, most specific first (school type, then regime), e.g. ["vso", "leerplicht"].
    /// </summary>
    public IReadOnlyList<string> PupilKinds { get; init; } = [];

    /// <summary>The school's own key for the pupil, for feedback about the melding.</summary>
    public string? LvsPupilKey { get; init; }

    /// <summary>The W3C traceparent of the school message that last changed the melding or made it (its approval), if any.</summary>
    public string? TraceParent { get; init; }

    /// <summary>That school message, as "&lt;type&gt; &lt;message id&gt;".</summary>
    public string? Operation { get; init; }
}
