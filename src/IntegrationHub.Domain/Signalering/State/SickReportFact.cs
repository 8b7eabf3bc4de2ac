namespace IntegrationHub.Domain.Signalering.State;

/// <summary>
/// That a pupil was reported sick (never what they have), and when they recovered. Either part may arrive first;
/// an open report covers the school days up to the latest date the state has seen.
/// </summary>
public sealed record SickReportFact
{
    public required string SickReportId { get; init; }

    public string? EventId { get; init; }

    public DateTimeOffset? OccurredAt { get; init; }

    public DateOnly? From { get; init; }

    public string? RecoveryEventId { get; init; }

    public DateTimeOffset? RecoveryOccurredAt { get; init; }

    /// <summary>First school day back (exclusive end of the sick period).</summary>
    public DateOnly? RecoveredOn { get; init; }

    public bool Covers(DateOnly date) => From is { } from && date >= from && (RecoveredOn is null || date < RecoveredOn);
}
