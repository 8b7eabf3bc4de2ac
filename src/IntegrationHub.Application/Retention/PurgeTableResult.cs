namespace IntegrationHub.Application.Retention;

/// <summary>
/// What the purge removed from one table: <see cref="Rows"/> in all, of which those in whole partitions dropped
/// (<see cref="DroppedPartitions"/>, ledger only). <see cref="Through"/> is the last instant past the term (null for
/// rows removed because what they depend on is gone).
/// </summary>
public sealed record PurgeTableResult(string Table, RetentionKind Kind, long Rows, IReadOnlyList<string> DroppedPartitions, DateTimeOffset? Through);
