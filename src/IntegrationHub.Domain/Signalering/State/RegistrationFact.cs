using IntegrationHub.Domain.Events;

namespace IntegrationHub.Domain.Signalering.State;

/// <summary>The winning version of one registration (latest by OccurredAt, then EventId); a retraction is a version too.</summary>
public sealed record RegistrationFact
{
    public required string RegistrationId { get; init; }

    public required string EventId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required DateOnly Date { get; init; }

    public int Minutes { get; init; }

    public RegistrationUnit Unit { get; init; }

    public AbsenceStatus Status { get; init; }

    public AbsenceReason Reason { get; init; }

    public bool IsRetracted { get; init; }
}
