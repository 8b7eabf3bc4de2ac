namespace IntegrationHub.Application.Messaging;

/// <summary>
/// Internal: the intake accepted a school's DecideVerzuimmelding for one of its own meldingen. Carries what the
/// melding consumer needs; <see cref="MessageId"/> is the school's message id (for the inbox and feedback).
/// </summary>
public sealed record VerzuimmeldingDecided
{
    public required Guid MessageId { get; init; }

    public required Guid MeldingId { get; init; }

    public required string Pupil { get; init; }

    public required string Brin { get; init; }

    public required string Vestiging { get; init; }

    /// <summary>"akkoord", "intrekken" or "handhaven".</summary>
    public required string Decision { get; init; }

    public string? Reason { get; init; }

    public string? MelderNaam { get; init; }

    public string? MelderFunctie { get; init; }

    public string? MelderTelefoon { get; init; }

    public string? MelderEmail { get; init; }

    public string? DoorSchoolOndernomenActie { get; init; }

    public bool? ActieGemeenteGewenst { get; init; }

    public string? ActieGemeenteToelichting { get; init; }

    /// <summary>The W3C traceparent of the school's decision message, if it carried one.</summary>
    public string? TraceParent { get; init; }
}
