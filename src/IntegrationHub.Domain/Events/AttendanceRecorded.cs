namespace IntegrationHub.Domain.Events;

/// <summary>
/// A registration or a correction of one: the latest (by <see cref="PupilEvent.OccurredAt"/>, then
/// <see cref="PupilEvent.EventId"/>) fact for a <see cref="RegistrationId"/> wins.
/// </summary>
public sealed record AttendanceRecorded : PupilEvent
{
    public required string RegistrationId { get; init; }

    public required bool IsCorrection { get; init; }

    public required DateOnly Date { get; init; }

    public required TimeOnly StartTime { get; init; }

    public required int Minutes { get; init; }

    public required RegistrationUnit Unit { get; init; }

    public required AbsenceStatus Status { get; init; }

    public required AbsenceReason Reason { get; init; }
}
