namespace IntegrationHub.Application.Console.Beheer;

/// <summary>What waits in the database: the outbox (and its oldest row's age), DUO requests, meldingen, deliveries, failures.</summary>
public sealed record OverviewCounts(
    long OutboxUnsent,
    double OutboxOldestSeconds,
    long DuoPending,
    double DuoOldestSeconds,
    long DuoRetrying,
    long MeldingenToSettle,
    long ParkedDeliveries,
    long OverduePartners,
    long FailedMessages);
