namespace IntegrationHub.Contracts.V1;

/// <summary>Verlof granted under Leerplichtwet art. 11-14, for the dates From..To inclusive.</summary>
public sealed record LeaveGranted
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    public required string LeaveId { get; init; }

    public required LeaveKind Kind { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public required LeaveGrantedBy GrantedBy { get; init; }
}
