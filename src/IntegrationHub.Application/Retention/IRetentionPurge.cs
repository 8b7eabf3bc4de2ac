namespace IntegrationHub.Application.Retention;

/// <summary>Removes every row of pupil data past its term (<see cref="RetentionOptions"/>) as of a given time.</summary>
public interface IRetentionPurge
{
    /// <summary>
    /// Purges as of <paramref name="asOf"/>; with <paramref name="dryRun"/> counts exactly what it would remove and keeps
    /// everything. <paramref name="onTable"/> hears each table as it is done.
    /// </summary>
    Task<PurgeReport> PurgeAsync(DateTimeOffset asOf, bool dryRun, Action<PurgeTableResult>? onTable, CancellationToken cancellationToken);
}
