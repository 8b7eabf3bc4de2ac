using Dapper;
using IntegrationHub.Infrastructure.Persistence;
using Npgsql;

namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>
/// Claims unsent outbox rows in sequence order (FOR UPDATE SKIP LOCKED, so several relays can run) and marks
/// them, one statement for the batch's sent rows and one for its failed rows. The claim holds a transaction open
/// for the batch: a row is marked sent only after the broker took it.
/// </summary>
public sealed class NpgsqlOutboxStore(
    NpgsqlDataSource dataSource, IEnumerable<IOutboxSentHandler>? sentHandlers = null, IEnumerable<IOutboxSendGate>? sendGates = null, TimeProvider? time = null)
{
    private readonly ILookup<string, IOutboxSentHandler> _sentHandlers =
        (sentHandlers ?? []).ToLookup(h => h.MessageType, StringComparer.Ordinal);

    private readonly Dictionary<string, IOutboxSendGate> _sendGates =
        (sendGates ?? []).ToDictionary(g => g.MessageType, StringComparer.Ordinal);

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private const string ClaimSql = """
        SELECT sequence, message_id, destination, message_type, body::text AS body, headers::text AS headers, attempts
        FROM outbox
        WHERE sent_at IS NULL AND blocked_at IS NULL AND attempts < @MaxAttempts
        ORDER BY sequence
        LIMIT @BatchSize
        FOR UPDATE SKIP LOCKED
        """;

    private const string MarkSentSql = """
        UPDATE outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL
        WHERE sequence = ANY(@Sequences)
        """;

    private const string MarkFailedSql = """
        UPDATE outbox AS o SET attempts = o.attempts + 1, last_error = f.error
        FROM unnest(@Sequences, @Errors) AS f(sequence, error)
        WHERE o.sequence = f.sequence
        """;

    private const string MarkBlockedSql = """
        UPDATE outbox SET blocked_at = @At, blocked_reason = @Reason WHERE sequence = @Sequence
        """;

    private const int MaxErrorLength = 2000;

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
            return new OutboxBatch(connection, transaction, rows.ToArray(), _sentHandlers, _sendGates, _time);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A claimed batch; dispose without <see cref="CommitAsync"/> to release the rows unchanged.</summary>
    public sealed class OutboxBatch(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<OutboxRow> rows, ILookup<string, IOutboxSentHandler> sentHandlers,
        IReadOnlyDictionary<string, IOutboxSendGate> sendGates, TimeProvider time)
        : IAsyncDisposable
    {
        public IReadOnlyList<OutboxRow> Rows => rows;

        /// <summary>
        /// Runs the send-time checks: a row its gate refuses is marked blocked (never sent) with what its gate records;
        /// returns the rows to send and how many were blocked.
        /// </summary>
        public async Task<(IReadOnlyList<OutboxRow> ToSend, int Blocked)> GateAsync(CancellationToken cancellationToken)
        {
            if (sendGates.Count == 0)
            {
                return (rows, 0);
            }

            var toSend = new List<OutboxRow>(rows.Count);
            var blocked = 0;
            var now = time.GetUtcNow();
            foreach (var row in rows)
            {
                if (sendGates.TryGetValue(row.MessageType, out var gate) && await gate.CheckAsync(row, now, cancellationToken) is { } reason)
                {
                    await gate.OnBlockedAsync(connection, transaction, row, reason, now, cancellationToken);
                    await connection.ExecuteAsync(new CommandDefinition(
                        MarkBlockedSql, new { row.Sequence, Reason = reason, At = now }, transaction, cancellationToken: cancellationToken));
                    blocked++;
                }
                else
                {
                    toSend.Add(row);
                }
            }

            return (toSend, blocked);
        }

        /// <summary>
        /// Records the outcome and commits: the handler for each sent row's type (if any) records what its sending means,
        /// row by row in sequence order; then one statement marks the rows the broker confirmed sent, one counts a failed
        /// attempt for each failed row and keeps its error, and both go to PostgreSQL with the COMMIT in one round trip
        /// (<see cref="CommitInBatch"/>).
        /// </summary>
        public async Task CompleteAsync(IReadOnlyList<OutboxRow> sent, IReadOnlyList<OutboxFailedRow> failed, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(sent);
            ArgumentNullException.ThrowIfNull(failed);
            foreach (var row in sent)
            {
                foreach (var handler in sentHandlers[row.MessageType])
                {
                    await handler.OnSentAsync(connection, transaction, row, cancellationToken);
                }
            }

            var commands = new List<NpgsqlBatchCommand>(2);
            if (sent.Count > 0)
            {
                commands.Add(SqlParameters.Command(MarkSentSql, new { Sequences = sent.Select(r => r.Sequence).ToArray() }));
            }

            if (failed.Count > 0)
            {
                commands.Add(SqlParameters.Command(MarkFailedSql, new
                {
                    Sequences = failed.Select(f => f.Row.Sequence).ToArray(),
                    Errors = failed.Select(f => f.Error.Length > MaxErrorLength ? f.Error[..MaxErrorLength] : f.Error).ToArray(),
                }));
            }

            await CommitInBatch.ExecuteAsync(connection, transaction, commands, cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
