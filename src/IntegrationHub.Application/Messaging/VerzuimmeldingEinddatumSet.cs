namespace IntegrationHub.Application.Messaging;

/// <summary>Internal, partner-bound: the einddatum of a sent melding, once the pupil is back or deregistered. Sent once.</summary>
public sealed record VerzuimmeldingEinddatumSet(Guid MeldingId, DateOnly Einddatum, DateTimeOffset SetAt)
{
    /// <summary>The pupil (pseudonym) and school location of the melding, for routing and parking.</summary>
    public string? Pupil { get; init; }

    public string? Brin { get; init; }

    public string? Vestiging { get; init; }
}
