namespace IntegrationHub.Contracts.V1;

/// <summary>Replaces an earlier <see cref="AttendanceRegistered"/> with the same registration id.</summary>
public sealed record AttendanceCorrected
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    public required string RegistrationId { get; init; }

    public required DateOnly Date { get; init; }

    public required TimeOnly StartTime { get; init; }

    public required int Minutes { get; init; }

    public required AttendanceUnit Unit { get; init; }

    public required AttendanceStatus Status { get; init; }

    public required ReasonCategory ReasonCategory { get; init; }

    public string? LvsReasonCode { get; init; }
}
