namespace IntegrationHub.Contracts.V1;

/// <summary>
/// The school's answer about one of its meldingen: approve it ("akkoord gevraagd"), withdraw it, or keep it after a
/// "beslissing nodig". Only a school's own withdrawal withdraws a sent melding. An approval may override the
/// school's default melder and fields for this melding.
/// </summary>
public sealed record DecideVerzuimmelding
{
    public required Envelope Envelope { get; init; }

    public required Guid MeldingId { get; init; }

    public required MeldingDecision Decision { get; init; }

    /// <summary>Required for "intrekken": the school's reason, passed on to the partner.</summary>
    public string? Reason { get; init; }

    /// <summary>Overrides the school's default melder for this melding (with "akkoord").</summary>
    public MelderRef? Melder { get; init; }

    public string? DoorSchoolOndernomenActie { get; init; }

    public bool? ActieGemeenteGewenst { get; init; }

    public string? ActieGemeenteToelichting { get; init; }
}
