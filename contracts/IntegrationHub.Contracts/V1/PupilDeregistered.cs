namespace IntegrationHub.Contracts.V1;

/// <summary>A pupil's enrolment ended. <see cref="DestinationSchool"/> is null when no new school is known.</summary>
public sealed record PupilDeregistered
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    public required DateOnly DeregisteredOn { get; init; }

    public SchoolRef? DestinationSchool { get; init; }

    public required DeregistrationReason Reason { get; init; }
}
