namespace IntegrationHub.Domain.Events;

public sealed record LeaveGranted : PupilEvent
{
    public required string LeaveId { get; init; }

    /// <summary>"vakantie", "gewichtige-omstandigheden" or "godsdienst".</summary>
    public required string Kind { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }
}
