namespace IntegrationHub.Contracts.V1;

/// <summary>
/// Feedback to the school: a melding or referral could not be routed and is parked, never dropped and never guessed.
/// The operator re-routes it once the directory is fixed; the school hears "melding verzonden" then.
/// </summary>
public sealed record PartnerDeliveryParked
{
    public required SchoolRef School { get; init; }

    /// <summary>The melding id, or the referral id for a MAZL referral.</summary>
    public required Guid SubjectId { get; init; }

    /// <summary>"verzuimmelding" or "mazl-referral".</summary>
    public required string SubjectKind { get; init; }

    public required string LvsPupilKey { get; init; }

    /// <summary>
    /// "woongemeente.missing" (the school never reported one), "woongemeente.unknown" (not in the directory on that day),
    /// "woongemeente.unmapped" (no organisation for it), "jgz.unmapped" (no JGZ serves the school).
    /// </summary>
    public required string Reason { get; init; }

    public required string Detail { get; init; }

    public required DateTimeOffset ParkedAt { get; init; }
}
