using IntegrationHub.Application.Retention;

namespace IntegrationHub.Infrastructure.Persistence.Retention;

/// <summary>
/// One table the purge covers: its data kind (which term applies), the date column (an SQL expression over the table,
/// alias <c>t</c>) that is compared with the kind's cutoff (<c>@Through</c>), and how to delete. A table whose rows go
/// when what they belong to is gone has no date column, only a <see cref="Condition"/>. Conditions may use
/// <c>@RawThrough</c> (the raw-attendance cutoff).
/// </summary>
public sealed record PurgeTarget(string Table, RetentionKind Kind, string? DateColumn, PurgeMethod Method = PurgeMethod.Rows, string? Condition = null)
{
    /// <summary>Rows dated at or before the kind's cutoff.</summary>
    public static PurgeTarget ByDate(string table, RetentionKind kind, string dateColumn, string? condition = null) =>
        new(table, kind, dateColumn, PurgeMethod.Rows, condition);

    /// <summary>Rows that <paramref name="condition"/> picks (e.g. whose parent is gone).</summary>
    public static PurgeTarget Where(string table, RetentionKind kind, string condition) => new(table, kind, null, PurgeMethod.Rows, condition);

    public string WhereClause => (DateColumn, Condition) switch
    {
        ({ } date, null) => $"{date} <= @Through",
        ({ } date, { } condition) => $"{date} <= @Through AND ({condition})",
        (null, { } condition) => condition,
        _ => throw new InvalidOperationException($"Purge target {Table} has neither a date column nor a condition."),
    };

    public string DeleteSql => $"DELETE FROM {Table} AS t WHERE {WhereClause}";
}
