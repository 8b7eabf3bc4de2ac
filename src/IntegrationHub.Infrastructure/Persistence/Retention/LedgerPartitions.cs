using Dapper;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Retention;

/// <summary>
/// The attendance ledger's month partitions, through the functions of migration 0043: made ahead by the hub itself
/// (the current month and <c>Retention:PartitionMonthsAhead</c> after it), listed, and dropped whole by the purge.
/// </summary>
public sealed class LedgerPartitions(NpgsqlDataSource dataSource)
{
    private const string EnsureSql = "SELECT attendance_ledger_ensure_partitions(@At, @MonthsAhead)";

    private const string ListSql = """
        SELECT partition_name, lower_bound, upper_bound FROM attendance_ledger_partitions() ORDER BY lower_bound
        """;

    private const string CountSql = """
        SELECT count(*) FROM attendance_ledger WHERE recorded_at >= @Lower AND recorded_at < @Upper
        """;

    private const string DropSql = "SELECT attendance_ledger_drop_partition(@Name)";

    /// <summary>Makes the missing partitions from the month of <paramref name="at"/> on; returns the names it made.</summary>
    public async Task<IReadOnlyList<string>> EnsureAsync(DateTimeOffset at, int monthsAhead, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var made = await connection.QueryAsync<string>(new CommandDefinition(
            EnsureSql, new { At = at.ToUniversalTime(), MonthsAhead = monthsAhead }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return made.ToArray();
    }

    public static async Task<IReadOnlyList<LedgerPartition>> ListAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var rows = await connection.QueryAsync<(string Name, DateTime Lower, DateTime Upper)>(new CommandDefinition(
            ListSql, transaction: transaction, cancellationToken: cancellationToken));
        return rows.Select(r => new LedgerPartition(r.Name, Utc(r.Lower), Utc(r.Upper))).ToArray();
    }

    public async Task<IReadOnlyList<LedgerPartition>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await ListAsync(connection, null, cancellationToken);
    }

    public static Task<long> CountAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, LedgerPartition partition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(partition);
        return connection.ExecuteScalarAsync<long>(new CommandDefinition(
            CountSql, new { Lower = partition.LowerBound, Upper = partition.UpperBound }, transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Drops one partition in a transaction of its own (the drop locks the whole ledger until it commits).</summary>
    public static async Task DropAsync(NpgsqlConnection connection, LedgerPartition partition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(partition);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(DropSql, new { Name = partition.PartitionName }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
