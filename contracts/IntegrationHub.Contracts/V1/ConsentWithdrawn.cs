namespace IntegrationHub.Contracts.V1;

/// <summary>Withdraws the consent with the same id; also stops messages that still wait to be sent.</summary>
public sealed record ConsentWithdrawn
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    public required string ConsentId { get; init; }

    public required DateOnly WithdrawnOn { get; init; }
}
