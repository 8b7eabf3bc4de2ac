namespace IntegrationHub.Contracts.V1;

/// <summary>One lesson (vo, mbo) or dagdeel (po) of attendance as the school registered it.</summary>
public sealed record AttendanceRegistered
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    /// <summary>The LVS's own id of this registration; corrections and retractions refer to it.</summary>
    public required string RegistrationId { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>Local (Europe/Amsterdam) start time of the lesson or dagdeel.</summary>
    public required TimeOnly StartTime { get; init; }

    /// <summary>Length of the lesson or dagdeel (present) or of the absence within it, 1..600.</summary>
    public required int Minutes { get; init; }

    public required AttendanceUnit Unit { get; init; }

    public required AttendanceStatus Status { get; init; }

    public required ReasonCategory ReasonCategory { get; init; }

    /// <summary>The LVS's own reason code, kept as sent. A code, never free text.</summary>
    public string? LvsReasonCode { get; init; }
}
