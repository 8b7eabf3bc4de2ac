namespace IntegrationHub.Contracts.V1;

/// <summary>
/// From a JGZ on its exchange <c>partner.&lt;org&gt;.in</c>: structured advice after a MAZL consult (participation, load
/// capacity, return plan, adjustments). Never a diagnosis: the type has no field for one, and no free text. Passed to the
/// school only with recorded consent for "jgz-advice-to-school".
/// </summary>
public sealed record JgzAdviceGiven
{
    public required Guid MessageId { get; init; }

    /// <summary>The <see cref="MazlReferral.ReferralId"/> it answers.</summary>
    public required Guid ReferralId { get; init; }

    public required AdviceParticipation Participation { get; init; }

    public required AdviceLoadCapacity LoadCapacity { get; init; }

    /// <summary>Return plan: the day the pupil is expected back in full, if known.</summary>
    public DateOnly? ExpectedFullReturnOn { get; init; }

    /// <summary>Return plan: hours per week to build up from, if the return is gradual.</summary>
    public int? StartHoursPerWeek { get; init; }

    public required IReadOnlyList<AdviceAdjustment> Adjustments { get; init; }

    /// <summary>When the jeugdarts will see the pupil again, if planned.</summary>
    public DateOnly? FollowUpOn { get; init; }

    public required DateTimeOffset GivenAt { get; init; }

    public string? TraceParent { get; init; }
}
