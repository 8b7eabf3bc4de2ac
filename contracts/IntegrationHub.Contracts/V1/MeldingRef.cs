namespace IntegrationHub.Contracts.V1;

/// <summary>What identifies and describes a verzuimmelding in messages to the school.</summary>
public sealed record MeldingRef
{
    /// <summary>The melding id: quote it in anything the school answers about this melding.</summary>
    public required Guid MeldingId { get; init; }

    public required string LvsPupilKey { get; init; }

    public required string Kind { get; init; }

    /// <summary>DUO's vermoedelijke soort verzuim.</summary>
    public string? SoortVerzuim { get; init; }

    /// <summary>"leerplicht" or "rmc".</summary>
    public required string Recipient { get; init; }

    public required DateOnly Begindatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    public required decimal VerzuimUren { get; init; }

    public required int VerzuimDagen { get; init; }

    /// <summary>The legal deadline for the melding.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>The melding this one follows up (vervolgmelding).</summary>
    public Guid? FollowsMeldingId { get; init; }
}
