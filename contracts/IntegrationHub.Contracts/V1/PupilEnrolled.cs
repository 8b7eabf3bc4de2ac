namespace IntegrationHub.Contracts.V1;

/// <summary>A pupil was registered at (enrolled in) the school.</summary>
public sealed record PupilEnrolled
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    public required DateOnly EnrolledOn { get; init; }

    public required DateOnly BirthDate { get; init; }

    /// <summary>CBS code of the gemeente of the pupil's BRP address, e.g. GM0344.</summary>
    public required string WoongemeenteCode { get; init; }

    public required SchoolType SchoolType { get; init; }

    public required bool HasStartkwalificatie { get; init; }
}
