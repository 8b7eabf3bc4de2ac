namespace IntegrationHub.Contracts.V1;

/// <summary>The gemeentelijke contactpersoon for a melding (Besluit Verzuimmelding, annex).</summary>
public sealed record ContactpersoonRef
{
    public required string Naam { get; init; }

    public required string Functie { get; init; }

    public required string Telefoon { get; init; }

    public required string Email { get; init; }
}
