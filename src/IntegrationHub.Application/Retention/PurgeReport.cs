namespace IntegrationHub.Application.Retention;

/// <summary>One purge: as of when, whether it only counted (dry run), and per table what it removed.</summary>
public sealed record PurgeReport(DateTimeOffset AsOf, bool DryRun, IReadOnlyList<PurgeTableResult> Tables)
{
    public long TotalRows => Tables.Sum(t => t.Rows);

    public long RowsOf(string table) => Tables.Where(t => t.Table == table).Sum(t => t.Rows);
}
