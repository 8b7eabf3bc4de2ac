using IntegrationHub.Domain.Events;

namespace IntegrationHub.Domain.Signalering.State;

/// <summary>An enrolment or profile change; members left null are unchanged. <see cref="EnrolledOn"/> is set by an enrolment.</summary>
public sealed record ProfileFact
{
    public required string EventId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public DateOnly? EnrolledOn { get; init; }

    public DateOnly? BirthDate { get; init; }

    public string? Woongemeente { get; init; }

    public SchoolKind? SchoolKind { get; init; }

    public bool? HasStartkwalificatie { get; init; }

    /// <summary>The first day the pupil attended school; the latest version wins, like the birth date.</summary>
    public DateOnly? FirstSchoolDay { get; init; }
}
