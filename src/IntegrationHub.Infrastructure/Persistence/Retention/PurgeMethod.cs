namespace IntegrationHub.Infrastructure.Persistence.Retention;

/// <summary>How the purge removes a table's rows that are past their term.</summary>
public enum PurgeMethod
{
    /// <summary>DELETE ... WHERE the target's condition holds.</summary>
    Rows,

    /// <summary>
    /// The ledger: drop every month partition entirely past the term, then delete the remaining rows past it (in the
    /// month at the boundary and in the default partition) row by row.
    /// </summary>
    LedgerPartitions,
}
