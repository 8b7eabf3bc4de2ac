using Dapper;
using IntegrationHub.Application.Retention;
using Microsoft.Extensions.Options;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Retention;

/// <summary>
/// The retention purge over <see cref="PurgeTargets.All"/>. A real run removes each table's rows in a transaction of its
/// own (so no lock is held longer than one table), drops whole ledger partitions first; a dry run does the same deletes in
/// one transaction and rolls it back (partitions only counted), so its counts are exact. Every transaction sets
/// <c>hub.retention_purge</c>, which the ledger's and the disclosure log's guards ask for. One purge at a time across
/// processes (advisory lock).
/// </summary>
public sealed class NpgsqlRetentionPurge(NpgsqlDataSource dataSource, IOptions<RetentionOptions> options) : IRetentionPurge
{
    private const long AdvisoryLockKey = 0x4855_425F_5055_5247; // "HUB_PURG"
    private const string TryLockSql = "SELECT pg_try_advisory_lock(@Key)";
    private const string UnlockSql = "SELECT pg_advisory_unlock(@Key)";
    private const string PurgeSettingSql = "SELECT set_config('hub.retention_purge', 'on', true)";
    private const string LedgerRowsSql = "SELECT count(*) FROM attendance_ledger WHERE recorded_at <= @Through";

    public async Task<PurgeReport> PurgeAsync(DateTimeOffset asOf, bool dryRun, Action<PurgeTableResult>? onTable, CancellationToken cancellationToken)
    {
        var cutoffs = RetentionCutoffs.For(asOf, options.Value);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(TryLockSql, new { Key = AdvisoryLockKey }, cancellationToken: cancellationToken)))
        {
            throw new PurgeAlreadyRunningException();
        }

        try
        {
            await using var dryRunTransaction = dryRun ? await BeginAsync(connection, cancellationToken) : null;
            var results = new List<PurgeTableResult>();
            foreach (var target in PurgeTargets.All)
            {
                var result = target.Method == PurgeMethod.LedgerPartitions
                    ? await PurgeLedgerAsync(connection, dryRunTransaction, target, cutoffs, cancellationToken)
                    : await DeleteAsync(connection, dryRunTransaction, target, cutoffs, cancellationToken);
                results.Add(result);
                onTable?.Invoke(result);
            }

            if (dryRunTransaction is not null)
            {
                await dryRunTransaction.RollbackAsync(cancellationToken);
            }

            return new PurgeReport(cutoffs.AsOf, dryRun, results);
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition(UnlockSql, new { Key = AdvisoryLockKey }, cancellationToken: CancellationToken.None));
        }
    }

    private static async Task<PurgeTableResult> DeleteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? dryRun, PurgeTarget target, RetentionCutoffs cutoffs, CancellationToken cancellationToken)
    {
        var transaction = dryRun ?? await BeginAsync(connection, cancellationToken);
        try
        {
            var rows = await connection.ExecuteAsync(new CommandDefinition(
                target.DeleteSql, Parameters(target, cutoffs), transaction, commandTimeout: 0, cancellationToken: cancellationToken));
            if (dryRun is null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return new PurgeTableResult(target.Table, target.Kind, rows, [], target.DateColumn is null ? null : cutoffs.Through(target.Kind));
        }
        finally
        {
            if (dryRun is null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Whole partitions past the term are counted and dropped (each in its own short transaction); what is left past the
    /// term (the month at the boundary, the default partition) is deleted row by row. A dry run counts both and drops
    /// and deletes nothing.
    /// </summary>
    private static async Task<PurgeTableResult> PurgeLedgerAsync(
        NpgsqlConnection connection, NpgsqlTransaction? dryRun, PurgeTarget target, RetentionCutoffs cutoffs, CancellationToken cancellationToken)
    {
        var through = cutoffs.Through(target.Kind);
        var past = (await LedgerPartitions.ListAsync(connection, dryRun, cancellationToken)).Where(p => p.UpperBound <= through).ToList();
        if (dryRun is not null)
        {
            var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                LedgerRowsSql, new { Through = through }, dryRun, commandTimeout: 0, cancellationToken: cancellationToken));
            return new PurgeTableResult(target.Table, target.Kind, total, past.Select(p => p.PartitionName).ToArray(), through);
        }

        long rows = 0;
        foreach (var partition in past)
        {
            rows += await LedgerPartitions.CountAsync(connection, null, partition, cancellationToken);
            await LedgerPartitions.DropAsync(connection, partition, cancellationToken);
        }

        var rest = await DeleteAsync(connection, null, target with { Method = PurgeMethod.Rows }, cutoffs, cancellationToken);
        return new PurgeTableResult(target.Table, target.Kind, rows + rest.Rows, past.Select(p => p.PartitionName).ToArray(), through);
    }

    private static async Task<NpgsqlTransaction> BeginAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteScalarAsync(new CommandDefinition(PurgeSettingSql, transaction: transaction, cancellationToken: cancellationToken));
        return transaction;
    }

    private static object Parameters(PurgeTarget target, RetentionCutoffs cutoffs) =>
        new { Through = cutoffs.Through(target.Kind), RawThrough = cutoffs.RawAttendance };
}
