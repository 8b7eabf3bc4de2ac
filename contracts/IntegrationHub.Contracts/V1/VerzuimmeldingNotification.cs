namespace IntegrationHub.Contracts.V1;

/// <summary>
/// To a leerplicht organisation (<c>leerplicht.&lt;org&gt;</c>) or an RMC region (<c>rmc.&lt;region&gt;</c>): notice of a
/// verzuimmelding whose source of record is DUO's register. Same <see cref="MeldingId"/> as the DUO melding, so a
/// bureau's system links the two and never counts one melding twice; <see cref="Meldingsnummer"/> follows in a
/// <see cref="VerzuimmeldingNotificationUpdated"/> once DUO has registered it. The projection for a legal-obligation
/// route: carries the persoonsgebonden nummer, never health data, sick reasons or free text other than a text a person
/// at the school confirmed for this melding.
/// </summary>
public sealed record VerzuimmeldingNotification
{
    public required Guid MeldingId { get; init; }

    public Guid? FollowsMeldingId { get; init; }

    public required PartnerRef Recipient { get; init; }

    public required string PersoonsgebondenNummer { get; init; }

    public required NummerSoort NummerSoort { get; init; }

    public required SchoolRef School { get; init; }

    /// <summary>CBS code of the pupil's woongemeente on the day the melding was made, e.g. "GM0344".</summary>
    public required string Woongemeente { get; init; }

    /// <summary>DUO's vermoedelijke soort verzuim, e.g. "16-uur", "langdurig-relatief-verzuim", "luxe-verzuim", "rmc".</summary>
    public required string SoortVerzuim { get; init; }

    public required DateOnly Begindatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    public required decimal VerzuimUren { get; init; }

    public required int VerzuimDagen { get; init; }

    public required bool IsVervolgmelding { get; init; }

    /// <summary>The legal deadline the school had for this melding.</summary>
    public DateOnly? Deadline { get; init; }

    public required MelderRef Melder { get; init; }

    /// <summary>What the school did (from the school's melder settings or its LVS, set by a person at the school).</summary>
    public required string DoorSchoolOndernomenActie { get; init; }

    public required bool ActieGemeenteGewenst { get; init; }

    /// <summary>The school's explanation when it wants no action from the gemeente.</summary>
    public string? ActieGemeenteToelichting { get; init; }

    /// <summary>Free text a person at the school explicitly confirmed for this melding; null otherwise.</summary>
    public string? ToelichtingDoorSchool { get; init; }

    /// <summary>DUO's meldingsnummer, once DUO registered the melding (null until then).</summary>
    public string? Meldingsnummer { get; init; }

    public required DateTimeOffset MadeAt { get; init; }
}
