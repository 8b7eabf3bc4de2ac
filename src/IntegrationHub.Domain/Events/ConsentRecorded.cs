namespace IntegrationHub.Domain.Events;

/// <summary>Consent given (<see cref="WithdrawnOn"/> null) or withdrawn. Used by routing, ignored by the rules.</summary>
public sealed record ConsentRecorded : PupilEvent
{
    public required string ConsentId { get; init; }

    /// <summary>"mazl-referral" or "jgz-advice-to-school".</summary>
    public string? Scope { get; init; }

    public string? GivenBy { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidUntil { get; init; }

    public DateOnly? WithdrawnOn { get; init; }
}
