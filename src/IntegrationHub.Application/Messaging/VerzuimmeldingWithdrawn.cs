namespace IntegrationHub.Application.Messaging;

/// <summary>Internal, partner-bound: the school withdrew a sent melding (DUO status "ingetrokken"), with its reason.</summary>
public sealed record VerzuimmeldingWithdrawn(Guid MeldingId, string Reason, DateTimeOffset WithdrawnAt)
{
    /// <summary>The pupil (pseudonym) and school location of the melding, for routing and parking.</summary>
    public string? Pupil { get; init; }

    public string? Brin { get; init; }

    public string? Vestiging { get; init; }
}
