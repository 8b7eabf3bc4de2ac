namespace IntegrationHub.Application.Console.Beheer;

/// <summary>
/// The operator's overview at one moment: each part's health (database, broker, DUO, workers), the queues, and what
/// waits (outbox, meldingen to settle, parked deliveries, overdue partners, failed messages). A part that could not be
/// read is <see cref="HealthState.Unreachable"/> with its counts null.
/// </summary>
public sealed record HubOverview(
    DateTimeOffset At,
    PartHealth Database,
    PartHealth Broker,
    PartHealth Duo,
    IReadOnlyList<WorkerStatus> Workers,
    IReadOnlyList<QueueStatus> Queues,
    OverviewCounts? Counts);
