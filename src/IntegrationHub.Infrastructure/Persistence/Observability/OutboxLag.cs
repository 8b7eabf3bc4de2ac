namespace IntegrationHub.Infrastructure.Persistence.Observability;

/// <summary>
/// What waits to be sent: unsent (not blocked) outbox rows and the age of the oldest, and the same for the DUO outbox
/// (requests not done). Ages are zero when nothing waits.
/// </summary>
public sealed record OutboxLag(long Unsent, double OldestUnsentSeconds, long DuoPending, double OldestDuoPendingSeconds);
