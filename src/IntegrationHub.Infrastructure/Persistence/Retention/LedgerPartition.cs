namespace IntegrationHub.Infrastructure.Persistence.Retention;

/// <summary>One month partition of the attendance ledger: rows recorded from <see cref="LowerBound"/> up to (not including) <see cref="UpperBound"/>.</summary>
public sealed record LedgerPartition(string PartitionName, DateTimeOffset LowerBound, DateTimeOffset UpperBound);
