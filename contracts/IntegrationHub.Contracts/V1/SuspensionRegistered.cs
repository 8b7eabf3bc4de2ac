namespace IntegrationHub.Contracts.V1;

/// <summary>A schorsing from From..To inclusive. Never reported to DUO or leerplicht.</summary>
public sealed record SuspensionRegistered
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    public required string SuspensionId { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }
}
