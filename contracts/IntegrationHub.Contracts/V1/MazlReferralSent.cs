namespace IntegrationHub.Contracts.V1;

/// <summary>Feedback to the school: its MAZL referral reached the JGZ organisation serving the school.</summary>
public sealed record MazlReferralSent
{
    public required SchoolRef School { get; init; }

    public required Guid ReferralId { get; init; }

    public required string FindingId { get; init; }

    public required string LvsPupilKey { get; init; }

    public required PartnerRef Recipient { get; init; }

    public required DateTimeOffset SentAt { get; init; }
}
