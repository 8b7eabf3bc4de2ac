namespace IntegrationHub.Domain.Events;

/// <summary>
/// A pseudonymised fact about one pupil, as the intake recorded it in the attendance ledger.
/// Carries no persoonsgebonden nummer: <see cref="Pupil"/> is the hub pseudonym.
/// </summary>
public abstract record PupilEvent
{
    /// <summary>The hub-internal pupil pseudonym.</summary>
    public required string Pupil { get; init; }

    /// <summary>Unique per event (the inbound message id); used for idempotency and a stable sort.</summary>
    public required string EventId { get; init; }

    public required SchoolLocation School { get; init; }

    /// <summary>When it happened at the school (UTC). Order of arrival does not matter to the rules.</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}
