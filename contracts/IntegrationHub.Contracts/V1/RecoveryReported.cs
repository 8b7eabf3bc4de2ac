namespace IntegrationHub.Contracts.V1;

/// <summary>The pupil is better (betermelding); ends the sick report with the same id.</summary>
public sealed record RecoveryReported
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    public required string SickReportId { get; init; }

    /// <summary>The first school day the pupil is back.</summary>
    public required DateOnly RecoveredOn { get; init; }
}
