namespace IntegrationHub.Contracts.V1;

/// <summary>A school location: BRIN (4 characters, e.g. 12AB) and vestiging (2 digits, e.g. 00).</summary>
public sealed record SchoolRef
{
    public required string Brin { get; init; }

    public required string Vestiging { get; init; }
}
