namespace IntegrationHub.Contracts.V1;

/// <summary>The pupil is exempt (vrijgesteld) from From until To (inclusive; null: open-ended). Not reported.</summary>
public sealed record VrijstellingRegistered
{
    public required Envelope Envelope { get; init; }

    public required PupilRef Pupil { get; init; }

    public required DateOnly From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>The Leerplichtwet article, e.g. "5a", "5b", "5c", "3a", "15".</summary>
    public required string Artikel { get; init; }
}
