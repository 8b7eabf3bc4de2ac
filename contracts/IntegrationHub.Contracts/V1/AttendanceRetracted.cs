namespace IntegrationHub.Contracts.V1;

/// <summary>Withdraws an earlier registration, e.g. one entered for the wrong pupil.</summary>
public sealed record AttendanceRetracted
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    public required string RegistrationId { get; init; }

    /// <summary>The date of the registration being retracted.</summary>
    public required DateOnly Date { get; init; }
}
