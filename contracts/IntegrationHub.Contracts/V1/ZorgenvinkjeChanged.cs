namespace IntegrationHub.Contracts.V1;

/// <summary>The school's concern flag ("zorgenvinkje") for a pupil was set or cleared; counts for MAZL ("bij zorg").</summary>
public sealed record ZorgenvinkjeChanged
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    public required bool IsSet { get; init; }

    public required DateOnly On { get; init; }
}
