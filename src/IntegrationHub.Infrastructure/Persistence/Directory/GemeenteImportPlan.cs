namespace IntegrationHub.Infrastructure.Persistence.Directory;

/// <summary>
/// What importing a CBS table from <c>validFrom</c> changes, worked out without I/O from the rows valid on that day:
/// a gemeente that is new opens a row from that day; a gemeente whose name or regions changed gets a new row from that
/// day and its old row is closed the day before (or corrected in place when it starts on that very day); a gemeente
/// that is no longer in the table is closed the day before (only for a full table, <c>closeMissing</c>). The same table
/// imported twice changes nothing.
/// </summary>
public sealed class GemeenteImportPlan
{
    private int _opened;
    private int _changed;
    private int _closed;
    private int _unchanged;

    private GemeenteImportPlan()
    {
    }

    /// <summary>New rows to insert.</summary>
    public List<GemeentePeriod> Open { get; } = [];

    /// <summary>Rows that start on the import day and are corrected in place (new values, same period).</summary>
    public List<GemeentePeriod> Correct { get; } = [];

    /// <summary>Rows to close: (code, valid_from of the row, its new valid_until).</summary>
    public List<(string Code, DateOnly ValidFrom, DateOnly ValidUntil)> Close { get; } = [];

    /// <summary>Rows that started on the import day for gemeenten no longer in the table: removed, as they never held.</summary>
    public List<(string Code, DateOnly ValidFrom)> Remove { get; } = [];

    /// <summary>How many gemeenten were opened, changed, closed and left unchanged.</summary>
    public GemeenteImportResult Result => new(_opened, _changed, _closed, _unchanged);

    /// <param name="current">The rows valid on <paramref name="validFrom"/>, at most one per gemeente.</param>
    /// <param name="nextStart">Per gemeente, the first day of a row that starts after <paramref name="validFrom"/> (an
    /// import of an older table must not run into a newer one).</param>
    /// <param name="incoming">The table being imported, one row per gemeente.</param>
    /// <param name="validFrom">The day the table holds from.</param>
    /// <param name="closeMissing">True for a full table: gemeenten not in it are closed.</param>
    public static GemeenteImportPlan Create(
        IReadOnlyCollection<GemeentePeriod> current,
        IReadOnlyDictionary<string, DateOnly> nextStart,
        IReadOnlyCollection<CbsGemeente> incoming,
        DateOnly validFrom,
        bool closeMissing)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(nextStart);
        ArgumentNullException.ThrowIfNull(incoming);
        var plan = new GemeenteImportPlan();
        var byCode = current.ToDictionary(p => p.Gemeente.Code, StringComparer.Ordinal);
        var dayBefore = validFrom.AddDays(-1);
        foreach (var gemeente in incoming)
        {
            if (!byCode.TryGetValue(gemeente.Code, out var existing))
            {
                DateOnly? until = nextStart.TryGetValue(gemeente.Code, out var next) ? next.AddDays(-1) : null;
                plan.Open.Add(new GemeentePeriod(gemeente, validFrom, until));
                plan._opened++;
            }
            else if (existing.Gemeente.SameRegionsAs(gemeente))
            {
                if (existing.ValidFrom == validFrom && existing.Gemeente.Provenance != gemeente.Provenance)
                {
                    plan.Correct.Add(existing with { Gemeente = gemeente });
                }
                else
                {
                    plan._unchanged++;
                }
            }
            else if (existing.ValidFrom == validFrom)
            {
                plan.Correct.Add(existing with { Gemeente = gemeente });
                plan._changed++;
            }
            else
            {
                plan.Close.Add((gemeente.Code, existing.ValidFrom, dayBefore));
                plan.Open.Add(new GemeentePeriod(gemeente, validFrom, existing.ValidUntil));
                plan._changed++;
            }
        }

        if (closeMissing)
        {
            var codes = incoming.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
            foreach (var missing in current.Where(p => !codes.Contains(p.Gemeente.Code)))
            {
                if (missing.ValidFrom == validFrom)
                {
                    plan.Remove.Add((missing.Gemeente.Code, missing.ValidFrom));
                }
                else
                {
                    plan.Close.Add((missing.Gemeente.Code, missing.ValidFrom, dayBefore));
                }

                plan._closed++;
            }
        }

        return plan;
    }
}
