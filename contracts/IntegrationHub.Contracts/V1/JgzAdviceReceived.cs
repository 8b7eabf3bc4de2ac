namespace IntegrationHub.Contracts.V1;

/// <summary>
/// Feedback to the school: structured JGZ advice after a MAZL consult, passed on only with recorded consent for
/// "jgz-advice-to-school". Never a diagnosis.
/// </summary>
public sealed record JgzAdviceReceived
{
    public required SchoolRef School { get; init; }

    public required Guid ReferralId { get; init; }

    public required string LvsPupilKey { get; init; }

    public required AdviceParticipation Participation { get; init; }

    public required AdviceLoadCapacity LoadCapacity { get; init; }

    public DateOnly? ExpectedFullReturnOn { get; init; }

    public int? StartHoursPerWeek { get; init; }

    public required IReadOnlyList<AdviceAdjustment> Adjustments { get; init; }

    public DateOnly? FollowUpOn { get; init; }

    public required string ConsentId { get; init; }

    public required DateTimeOffset GivenAt { get; init; }
}
