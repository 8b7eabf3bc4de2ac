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
}
