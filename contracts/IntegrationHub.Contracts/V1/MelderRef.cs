namespace IntegrationHub.Contracts.V1;

/// <summary>The person at the school who makes the melding (Besluit Verzuimmelding, annex: melder).</summary>
public sealed record MelderRef
{
    public required string Naam { get; init; }

    public required string Functie { get; init; }

    public required string Telefoon { get; init; }

    public required string Email { get; init; }
}
