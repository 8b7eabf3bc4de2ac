using Dapper;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Inbox;

/// <summary>
/// Idempotent consumers: call inside the consumer's own transaction, before its state change. True the first
/// time (consumer, message id) is seen; false for a repeat, which the consumer then acknowledges and skips.
/// If the transaction rolls back, the mark goes with it, so a redelivery is processed again.
/// </summary>
public static class InboxCheck
{
    private const string TryMarkSql = """
        INSERT INTO inbox (consumer, message_id)
        VALUES (@Consumer, @MessageId)
        ON CONFLICT (consumer, message_id) DO NOTHING
        """;

    public static async Task<bool> TryMarkProcessedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string consumer, Guid messageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            TryMarkSql, new { Consumer = consumer, MessageId = messageId }, transaction, cancellationToken: cancellationToken));
        return inserted == 1;
    }

    /// <summary>
    /// Opens a connection and a transaction, and marks (consumer, message id) in it: a unit of work that starts with its
    /// inbox check. The caller owns the connection and transaction; <c>First</c> is false for a repeat.
    /// </summary>
    public static async Task<(NpgsqlConnection Connection, NpgsqlTransaction Transaction, bool First)> BeginAsync(
        NpgsqlDataSource dataSource, string consumer, Guid messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return (connection, transaction, await TryMarkProcessedAsync(connection, transaction, consumer, messageId, cancellationToken));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
