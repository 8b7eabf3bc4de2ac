namespace IntegrationHub.Domain.Events;

public sealed record SuspensionRegistered : PupilEvent
{
    public required string SuspensionId { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }
}
