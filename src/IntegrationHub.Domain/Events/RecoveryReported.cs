namespace IntegrationHub.Domain.Events;

public sealed record RecoveryReported : PupilEvent
{
    public required string SickReportId { get; init; }

    /// <summary>First school day back.</summary>
    public required DateOnly RecoveredOn { get; init; }
}
