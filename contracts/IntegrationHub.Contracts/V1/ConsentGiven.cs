namespace IntegrationHub.Contracts.V1;

/// <summary>Explicit consent (AVG art. 9(2)(a)) recorded by the school, with scope and expiry.</summary>
public sealed record ConsentGiven
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    public required string ConsentId { get; init; }

    public required ConsentScope Scope { get; init; }

    public required ConsentGivenBy GivenBy { get; init; }

    public required DateOnly ValidFrom { get; init; }

    public required DateOnly ValidUntil { get; init; }
}
