namespace IntegrationHub.Application.Duo;

/// <summary>
/// One status change as DUO's "aanvraag gewijzigde meldingen" returns it. <see cref="StatusAt"/> is DUO's own time for
/// it; (meldingsnummer, status, StatusAt) identifies it. Reden and toelichting in the hub's contract codes.
/// </summary>
public sealed record DuoStatusChange
{
    public required string Meldingsnummer { get; init; }

    /// <summary>The school's kenmerk (the hub's melding id) DUO keeps with the melding.</summary>
    public Guid? MeldingId { get; init; }

    public required DuoStatus Status { get; init; }

    public required DateTimeOffset StatusAt { get; init; }

    /// <summary>The gemeente in DUO's 4-digit form, when DUO gives one.</summary>
    public string? Gemeentecode { get; init; }

    public string? RedenAfgesloten { get; init; }

    public string? ToelichtingAfsluiting { get; init; }

    public DuoContactpersoon? Contactpersoon { get; init; }
}
