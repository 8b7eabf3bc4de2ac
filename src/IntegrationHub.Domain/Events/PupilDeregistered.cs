namespace IntegrationHub.Domain.Events;

public sealed record PupilDeregistered : PupilEvent
{
    public required DateOnly DeregisteredOn { get; init; }

    /// <summary>The destination school, or null when none is known.</summary>
    public SchoolLocation? Destination { get; init; }

    /// <summary>The contract's reason code as sent, e.g. "school-change", "work", "unknown".</summary>
    public required string Reason { get; init; }
}
