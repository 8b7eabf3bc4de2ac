using Dapper;
using Npgsql;

namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>
/// Claims unsent outbox rows in sequence order (FOR UPDATE SKIP LOCKED, so several relays can run) and marks
/// them. The claim holds a transaction open for the batch: a row is marked sent only after the broker took it.
/// </summary>
public sealed class NpgsqlOutboxStore(NpgsqlDataSource dataSource, IEnumerable<IOutboxSentHandler>? sentHandlers = null)
{
    private readonly Dictionary<string, IOutboxSentHandler> _sentHandlers =
        (sentHandlers ?? []).ToDictionary(h => h.MessageType, StringComparer.Ordinal);

    private const string ClaimSql = """
        SELECT sequence, message_id, destination, message_type, body::text AS body, headers::text AS headers, attempts
        FROM outbox
        WHERE sent_at IS NULL AND attempts < @MaxAttempts
        ORDER BY sequence
        LIMIT @BatchSize
        FOR UPDATE SKIP LOCKED
        """;

    private const string MarkSentSql = """
        UPDATE outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL
        WHERE sequence = @Sequence
        """;

    private const string MarkFailedSql = """
        UPDATE outbox SET attempts = attempts + 1, last_error = @Error
        WHERE sequence = @Sequence
        """;

    private const string PurgeSentSql = """
        DELETE FROM outbox
        WHERE sent_at IS NOT NULL AND sent_at < now() - @KeepFor
        """;

    /// <summary>Deletes rows sent longer than <paramref name="keepFor"/> ago; returns how many.</summary>
    public async Task<int> PurgeSentAsync(TimeSpan keepFor, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(PurgeSentSql, new { KeepFor = keepFor }, cancellationToken: cancellationToken));
    }

    public async Task<OutboxBatch> ClaimAsync(int batchSize, int maxAttempts, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var rows = await connection.QueryAsync<OutboxRow>(new CommandDefinition(
                ClaimSql, new { BatchSize = batchSize, MaxAttempts = maxAttempts }, transaction, cancellationToken: cancellationToken));
            return new OutboxBatch(connection, transaction, rows.ToArray(), _sentHandlers);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A claimed batch; dispose without <see cref="CommitAsync"/> to release the rows unchanged.</summary>
    public sealed class OutboxBatch(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<OutboxRow> rows, IReadOnlyDictionary<string, IOutboxSentHandler> sentHandlers)
        : IAsyncDisposable
    {
        public IReadOnlyList<OutboxRow> Rows => rows;

        /// <summary>Marks a row sent, after the handler for its type (if any) recorded what its sending means.</summary>
        public async Task MarkSentAsync(OutboxRow row, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(row);
            if (sentHandlers.TryGetValue(row.MessageType, out var handler))
            {
                await handler.OnSentAsync(connection, transaction, row, cancellationToken);
            }

            await connection.ExecuteAsync(new CommandDefinition(MarkSentSql, new { row.Sequence }, transaction, cancellationToken: cancellationToken));
        }

        public Task MarkFailedAsync(OutboxRow row, string error, CancellationToken cancellationToken) =>
            connection.ExecuteAsync(new CommandDefinition(
                MarkFailedSql, new { row.Sequence, Error = error.Length > 2000 ? error[..2000] : error }, transaction, cancellationToken: cancellationToken));

        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
