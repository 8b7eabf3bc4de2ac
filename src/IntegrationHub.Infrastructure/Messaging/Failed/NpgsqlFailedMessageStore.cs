using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Console.Beheer;
using Npgsql;

namespace IntegrationHub.Infrastructure.Messaging.Failed;

/// <summary>
/// The failed-message store (migration 0048): records messages that exhausted their retries (one row per source queue
/// and message id; a message that fails again after a replay updates its row), lists them by cause or school, and keeps
/// each replay's history. All its SQL is here.
/// </summary>
public sealed class NpgsqlFailedMessageStore(NpgsqlDataSource dataSource)
{
    private const string RecordSql = """
        INSERT INTO failed_messages (message_id, message_type, source_queue, brin, group_key, exception_type, reason,
                                     attempts, first_failed_at, last_failed_at, content_type, headers, body)
        VALUES (@MessageId, @MessageType, @SourceQueue, @Brin, @GroupKey, @ExceptionType, @Reason,
                @Attempts, @FailedAt, @FailedAt, @ContentType, @Headers::jsonb, @Body)
        ON CONFLICT (source_queue, message_id) DO UPDATE SET
          message_type = EXCLUDED.message_type, brin = COALESCE(EXCLUDED.brin, failed_messages.brin),
          group_key = EXCLUDED.group_key, exception_type = EXCLUDED.exception_type, reason = EXCLUDED.reason,
          attempts = failed_messages.attempts + EXCLUDED.attempts, failures = failed_messages.failures + 1,
          last_failed_at = EXCLUDED.last_failed_at, content_type = EXCLUDED.content_type, headers = EXCLUDED.headers,
          body = EXCLUDED.body, state = 'failed'
        RETURNING id
        """;

    private const string FailedAgainSql = """
        UPDATE failed_message_replays SET outcome = 'failed again' WHERE failed_message_id = @Id AND outcome = 'sent'
        """;

    private const string ListSql = """
        SELECT f.id, f.message_id, f.message_type, f.source_queue, f.brin, f.group_key, f.exception_type, f.reason,
               f.attempts, f.failures, f.first_failed_at, f.last_failed_at, f.state, f.archived_at, f.archived_by,
               (SELECT count(*)::int FROM failed_message_replays r WHERE r.failed_message_id = f.id) AS replays
        FROM failed_messages f
        WHERE (@Brin::text IS NULL OR f.brin = @Brin) AND (@GroupKey::text IS NULL OR f.group_key = @GroupKey)
          AND (@All OR f.state = 'failed')
        ORDER BY f.last_failed_at DESC, f.id DESC
        LIMIT @Limit
        """;

    private const string GroupsSql = """
        SELECT group_key, min(message_type) AS message_type, min(exception_type) AS exception_type, min(reason) AS reason,
               count(*) AS messages, min(first_failed_at) AS first_failed_at, max(last_failed_at) AS last_failed_at
        FROM failed_messages
        WHERE state = 'failed' AND (@Brin::text IS NULL OR brin = @Brin)
        GROUP BY group_key
        ORDER BY count(*) DESC, group_key
        """;

    private const string GetSql = """
        SELECT id, message_id, message_type, source_queue, brin, content_type, headers::text AS headers, body, state
        FROM failed_messages WHERE id = @Id
        """;

    private const string HistorySql = """
        SELECT replay, replayed_at, replayed_by, outcome FROM failed_message_replays WHERE failed_message_id = @Id ORDER BY replay
        """;

    private const string RecordReplaySql = """
        WITH replay AS (
          INSERT INTO failed_message_replays (failed_message_id, replay, replayed_at, replayed_by, outcome)
          SELECT @Id, COALESCE(max(replay), 0) + 1, @At, @By, @Outcome FROM failed_message_replays WHERE failed_message_id = @Id
          RETURNING replay)
        UPDATE failed_messages SET state = CASE WHEN @Outcome = 'sent' THEN 'replayed' ELSE state END
        WHERE id = @Id
        RETURNING (SELECT replay FROM replay)
        """;

    /// <summary>Records a message that exhausted its retries; returns its row id.</summary>
    public async Task<long> RecordAsync(FailedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(RecordSql, new
        {
            message.MessageId,
            message.MessageType,
            message.SourceQueue,
            message.Brin,
            GroupKey = message.Cause.GroupKey(message.MessageType),
            message.Cause.ExceptionType,
            message.Cause.Reason,
            message.Attempts,
            message.FailedAt,
            message.ContentType,
            Headers = JsonSerializer.Serialize(message.Headers),
            message.Body,
        }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(FailedAgainSql, new { Id = id }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>
    /// Open failed messages (or all, with <paramref name="all"/>), newest first, for one school or one cause, as
    /// <c>hub dlq list</c> shows them: the same row as the console's (<see cref="FailedMessageRow"/>, never the body).
    /// </summary>
    public async Task<IReadOnlyList<FailedMessageRow>> ListAsync(string? brin, string? groupKey, bool all, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<FailedMessageRow>(new CommandDefinition(
            ListSql, new { Brin = brin, GroupKey = groupKey, All = all, Limit = limit }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>The open failed messages by cause, most first.</summary>
    public async Task<IReadOnlyList<FailedMessageGroup>> ListGroupsAsync(string? brin, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<FailedMessageGroup>(new CommandDefinition(GroupsSql, new { Brin = brin }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public async Task<StoredFailedMessage?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredFailedMessage>(new CommandDefinition(GetSql, new { Id = id }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<FailedMessageReplay>> HistoryAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<FailedMessageReplay>(new CommandDefinition(HistorySql, new { Id = id }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>Adds a replay to the message's history; a sent replay marks the message replayed. Returns the replay's number.</summary>
    public async Task<int> RecordReplayAsync(long id, DateTimeOffset at, string by, string outcome, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            RecordReplaySql, new { Id = id, At = at, By = by, Outcome = outcome }, cancellationToken: cancellationToken));
    }
}
