namespace IntegrationHub.Application.Retention;

/// <summary>
/// An erasure (AVG art. 17): per table the rows removed, and what a legal term still holds (reported, never silently
/// kept). <see cref="DisclosureMessageId"/> is the erasure's own disclosure log entry (null on a dry run).
/// </summary>
public sealed record ErasureReport(bool DryRun, IReadOnlyList<TableCount> Erased, IReadOnlyList<HeldData> Held, Guid? DisclosureMessageId)
{
    public long ErasedRows(string table) => Erased.Where(e => e.Table == table).Sum(e => e.Rows);

    public HeldData? HeldIn(string table) => Held.FirstOrDefault(h => h.Table == table);
}
