using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence;

/// <summary>
/// Sends a unit of work's last statements and its COMMIT to PostgreSQL in one round trip (an <see cref="NpgsqlBatch"/>
/// that ends with <c>COMMIT</c>), instead of the statements in one and <see cref="NpgsqlTransaction.CommitAsync"/> in
/// another. Npgsql follows the server's transaction status, so the transaction counts as completed afterwards: disposing
/// it sends no rollback, and committing it again throws. A statement PostgreSQL refuses stops the batch before the COMMIT
/// (the server skips the rest of the batch), so the transaction is left failed and its disposal rolls it back, exactly
/// as before.
/// </summary>
internal static class CommitInBatch
{
    public static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<NpgsqlBatchCommand> commands, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        if (batch.BatchCommands.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return;
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
