namespace IntegrationHub.Domain.Signalering.State;

/// <summary>Granted leave, a suspension or a vrijstelling; <see cref="To"/> is inclusive, null when open-ended.</summary>
public sealed record PeriodFact
{
    public required string Id { get; init; }

    public required PeriodKind Kind { get; init; }

    public required string EventId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required DateOnly From { get; init; }

    public DateOnly? To { get; init; }

    public bool Covers(DateOnly date) => date >= From && (To is null || date <= To);
}
