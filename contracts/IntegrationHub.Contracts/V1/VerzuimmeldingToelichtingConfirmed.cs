namespace IntegrationHub.Contracts.V1;

/// <summary>
/// A person at the school explicitly confirmed a free text for one of its meldingen: the only free text that may
/// reach leerplicht or RMC (domain.md sections 5 and 8). At most 200 characters (DUO's limit for the reden).
/// </summary>
public sealed record VerzuimmeldingToelichtingConfirmed
{
    public required Envelope Envelope { get; init; }

    public required Guid MeldingId { get; init; }

    public required string Toelichting { get; init; }

    /// <summary>The function of the person who confirmed it, e.g. "verzuimcoördinator" (no name).</summary>
    public required string ConfirmedBy { get; init; }
}
