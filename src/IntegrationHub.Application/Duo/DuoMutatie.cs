namespace IntegrationHub.Application.Duo;

/// <summary>"Mutatie melding": the school sets the einddatum of a registered melding, or withdraws it (status I).</summary>
public sealed record DuoMutatie
{
    public required string Meldingsnummer { get; init; }

    public required Guid MeldingId { get; init; }

    public required string Brin { get; init; }

    public DateOnly? Einddatum { get; init; }

    public bool Intrekken { get; init; }
}
