namespace IntegrationHub.Contracts.V1;

/// <summary>
/// Feedback to the school: DUO registered its melding and gave it a meldingsnummer. Says whether the registration met
/// the legal deadline (null when the soort has none).
/// </summary>
public sealed record VerzuimmeldingRegistered
{
    public required SchoolRef School { get; init; }

    public required Guid MeldingId { get; init; }

    public required string Meldingsnummer { get; init; }

    public required string LvsPupilKey { get; init; }

    /// <summary>DUO's wire code for the soort: V3, V4, L, LRV, RMC or O.</summary>
    public required string Soort { get; init; }

    public required DateOnly Begindatum { get; init; }

    public DateOnly? Deadline { get; init; }

    /// <summary>True when DUO registered it on or before <see cref="Deadline"/>; null when there is no deadline.</summary>
    public bool? DeadlineMet { get; init; }

    /// <summary>The melding this one follows up (vervolgmelding), and its meldingsnummer.</summary>
    public Guid? FollowsMeldingId { get; init; }

    public string? FollowsMeldingsnummer { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }
}
