using System.Text.Json;
using Dapper;
using IntegrationHub.Infrastructure.Persistence;
using Npgsql;

namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>
/// Queues a message in the outbox inside the caller's own transaction; the <see cref="OutboxRelay"/> sends it
/// after commit. The message type must be known to the relay (AddOutboxMessageType; the intake's are built in).
/// Returns the outbox message id, which becomes the MassTransit MessageId.
/// </summary>
public static class OutboxWriter
{
    /// <summary>The LISTEN/NOTIFY channel that wakes the relay (notifications are delivered on commit).</summary>
    public const string NotificationChannel = "hub_outbox";

    private const string InsertRowSql = """
        INSERT INTO outbox (message_id, destination, message_type, body, headers)
        VALUES (@MessageId, @Destination, @MessageType, @Body::json, @Headers::jsonb)
        """;

    private const string InsertSql = InsertRowSql + ";\n" + NotifySql + ";";

    /// <summary>Queues a send to <paramref name="destination"/>, e.g. <c>Topology.FeedbackAddress(brin)</c>.</summary>
    public static Task<Guid> SendAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Uri destination, T message,
        OutboxHeaders? headers = null, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(destination);
        return EnqueueAsync(connection, transaction, destination, message, typeof(T), headers, cancellationToken);
    }

    /// <summary>Queues a send of a message whose type is known at run time (it must be registered with the relay).</summary>
    public static Task<Guid> SendAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Uri destination, object message, Type messageType,
        OutboxHeaders? headers = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return EnqueueAsync(connection, transaction, destination, message, messageType, headers, cancellationToken);
    }

    /// <summary>Queues a publish of a message whose type is known at run time.</summary>
    public static Task<Guid> PublishAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, object message, Type messageType,
        OutboxHeaders? headers = null, CancellationToken cancellationToken = default) =>
        EnqueueAsync(connection, transaction, null, message, messageType, headers, cancellationToken);

    /// <summary>Queues a publish of <paramref name="message"/> (to its message-type exchange).</summary>
    public static Task<Guid> PublishAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, T message,
        OutboxHeaders? headers = null, CancellationToken cancellationToken = default)
        where T : class =>
        EnqueueAsync(connection, transaction, null, message, typeof(T), headers, cancellationToken);

    private const string InsertManySql = """
        INSERT INTO outbox (message_id, destination, message_type, body, headers)
        SELECT m.message_id, m.destination, m.message_type, m.body::json, m.headers::jsonb
        FROM unnest(@MessageIds::uuid[], @Destinations::text[], @MessageTypes::text[], @Bodies::text[], @Headers::text[])
             WITH ORDINALITY AS m(message_id, destination, message_type, body, headers, position)
        ORDER BY m.position
        """;

    private const string NotifySql = $"SELECT pg_notify('{NotificationChannel}', '')";

    /// <summary>
    /// One outbox row as the methods above write it, as a command for the caller's <see cref="NpgsqlBatch"/> inside its
    /// own transaction; add <see cref="NotifyCommand"/> once per transaction to wake the relay on commit.
    /// <paramref name="destination"/> is null to publish.
    /// </summary>
    public static NpgsqlBatchCommand InsertCommand(Uri? destination, object message, Type messageType, OutboxHeaders? headers = null)
    {
        var row = Prepare(destination, message, messageType, headers);
        var insert = new NpgsqlBatchCommand(InsertRowSql);
        insert.Parameters.Add(new NpgsqlParameter("MessageId", row.MessageId));
        insert.Parameters.Add(new NpgsqlParameter("Destination", (object?)row.Destination ?? DBNull.Value));
        insert.Parameters.Add(new NpgsqlParameter("MessageType", row.MessageType));
        insert.Parameters.Add(new NpgsqlParameter("Body", row.Body));
        insert.Parameters.Add(new NpgsqlParameter("Headers", (object?)row.Headers ?? DBNull.Value));
        return insert;
    }

    /// <summary>Wakes the relay on commit (PostgreSQL folds identical notifications of a transaction into one).</summary>
    public static NpgsqlBatchCommand NotifyCommand() => new(NotifySql);

    /// <summary>
    /// Queues many prepared rows (<see cref="Prepare"/>), in this order, with one statement (and the relay's wake-up),
    /// for the caller to run in an <see cref="NpgsqlBatch"/> inside its own transaction.
    /// </summary>
    public static IEnumerable<NpgsqlBatchCommand> EnqueueCommands(IReadOnlyList<OutboxInsert> rows) => [InsertManyCommand(rows), NotifyCommand()];

    /// <summary>
    /// One outbox row, as <see cref="InsertCommand"/> would write it (the message id from the headers when they carry
    /// one, else a new one), serialised now, so the caller may go on changing the objects it was built from; for
    /// <see cref="InsertManyCommand"/> or <see cref="EnqueueCommands"/>. <paramref name="destination"/> is null to publish.
    /// </summary>
    public static OutboxInsert Prepare(Uri? destination, object message, Type messageType, OutboxHeaders? headers = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new OutboxInsert(
            headers?.MessageId ?? Guid.CreateVersion7(),
            destination?.ToString(),
            OutboxMessageTypes.NameOf(messageType),
            JsonSerializer.Serialize(message, messageType, HubJson.Options),
            headers is null ? null : JsonSerializer.Serialize(headers with { MessageId = null }, HubJson.Options));
    }

    /// <summary>
    /// Many outbox rows, in this order (their sequence numbers follow it), with one statement, for the caller's
    /// <see cref="NpgsqlBatch"/> inside its own transaction; add <see cref="NotifyCommand"/> once to wake the relay.
    /// </summary>
    public static NpgsqlBatchCommand InsertManyCommand(IReadOnlyList<OutboxInsert> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var insert = new NpgsqlBatchCommand(InsertManySql);
        var ids = new Guid[rows.Count];
        var destinations = new string?[rows.Count];
        var types = new string[rows.Count];
        var bodies = new string[rows.Count];
        var headers = new string?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            (ids[i], destinations[i], types[i], bodies[i], headers[i]) = rows[i];
        }

        insert.Parameters.Add(new NpgsqlParameter("MessageIds", ids));
        insert.Parameters.Add(new NpgsqlParameter("Destinations", destinations));
        insert.Parameters.Add(new NpgsqlParameter("MessageTypes", types));
        insert.Parameters.Add(new NpgsqlParameter("Bodies", bodies));
        insert.Parameters.Add(new NpgsqlParameter("Headers", headers));
        return insert;
    }

    private static async Task<Guid> EnqueueAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Uri? destination, object message, Type messageType,
        OutboxHeaders? headers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        var row = Prepare(destination, message, messageType, headers);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, row, transaction, cancellationToken: cancellationToken));
        return row.MessageId;
    }
}

/// <summary>One outbox row ready to insert: the relay's message id, destination (null: publish), type name, JSON body and headers.</summary>
public readonly record struct OutboxInsert(Guid MessageId, string? Destination, string MessageType, string Body, string? Headers);
