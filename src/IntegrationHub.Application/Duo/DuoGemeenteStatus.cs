namespace IntegrationHub.Application.Duo;

/// <summary>
/// A gemeente's status on a melding (B, G or K), as its organisation set it. Reden and toelichting use the hub's
/// contract codes (<c>IntegrationHub.Contracts.V1.RedenAfgesloten</c> / <c>ToelichtingAfsluiting</c>, e.g.
/// "terug-naar-school"); the adapter maps them to its wire codes.
/// </summary>
public sealed record DuoGemeenteStatus
{
    public required string Meldingsnummer { get; init; }

    /// <summary>The gemeente in DUO's 4-digit form.</summary>
    public required string Gemeentecode { get; init; }

    public required DuoStatus Status { get; init; }

    public string? RedenAfgesloten { get; init; }

    public string? ToelichtingAfsluiting { get; init; }

    public DuoContactpersoon? Contactpersoon { get; init; }

    public required DateTimeOffset SetAt { get; init; }
}
