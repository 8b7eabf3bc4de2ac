namespace IntegrationHub.Contracts.V1;

/// <summary>
/// Feedback to the school: a MAZL referral was not sent to JGZ, with the reason, e.g. "consent.missing",
/// "consent.withdrawn", "conversation.incomplete", "mazl.not-bought", "referral.not-requested".
/// </summary>
public sealed record MazlReferralBlocked
{
    public required SchoolRef School { get; init; }

    public required Guid ReferralId { get; init; }

    public required string FindingId { get; init; }

    public required string LvsPupilKey { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset BlockedAt { get; init; }
}
