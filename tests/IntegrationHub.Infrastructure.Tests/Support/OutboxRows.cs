using Dapper;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Support;

/// <summary>Outbox rows written straight into the outbox, as the hub's transactions write them, and read back.</summary>
public static class OutboxRows
{
    /// <summary>Queues a SubmissionAccepted to the school's feedback queue; returns the outbox message id.</summary>
    public static Task<Guid> FeedbackAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string brin) =>
        OutboxWriter.SendAsync(connection, transaction, Topology.FeedbackAddress(brin), new SubmissionAccepted
        {
            MessageId = Guid.NewGuid(),
            School = new SchoolRef { Brin = brin, Vestiging = "00" },
            MessageType = "AttendanceRegistered",
            AcceptedAt = DateTimeOffset.UtcNow,
            IsDuplicate = false,
        });

    /// <summary>
    /// The pupil events the intake wrote to the outbox for signalering (inside its PupilEventsRecorded rows), one JSON
    /// object per event, for the inbound message ids in <c>@ids</c>, in ledger order.
    /// </summary>
    public const string RecordedPupilEventsSql = """
        SELECT e.event::text
        FROM outbox o, json_array_elements(o.body->'events') WITH ORDINALITY AS e(event, position)
        WHERE o.message_type = 'IntegrationHub.Application.Messaging.PupilEventsRecorded' AND (e.event->>'messageId')::uuid = ANY(@ids)
        ORDER BY (e.event->>'ledgerSequence')::bigint
        """;

    /// <summary>How many events with a message id in <c>@ids</c> (text) the outbox holds inside its PupilEventsRecorded rows.</summary>
    public const string RecordedPupilEventCountSql = """
        SELECT count(*) FROM outbox o, json_array_elements(o.body->'events') e(event)
        WHERE o.message_type = 'IntegrationHub.Application.Messaging.PupilEventsRecorded' AND e.event->>'messageId' = ANY(@ids)
        """;

    /// <summary>Queues a publish of a PupilEventsRecorded with one event; returns the outbox message id.</summary>
    public static Task<Guid> PupilEventAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long ledgerSequence) =>
        OutboxWriter.PublishAsync(connection, transaction,
            new PupilEventsRecorded([new PupilEventRecorded("pseudonym-" + ledgerSequence, ledgerSequence, Guid.NewGuid(), "AttendanceRecorded")]));

    /// <summary>A row the relay can never send as it stands (unknown type, unreadable body), to <paramref name="destination"/>.</summary>
    public static async Task<Guid> PoisonAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Uri destination, string messageType, string body)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var messageId = Guid.NewGuid();
        await connection.ExecuteAsync(
            "INSERT INTO outbox (message_id, destination, message_type, body) VALUES (@messageId, @destination, @messageType, @body::jsonb)",
            new { messageId, destination = destination.ToString(), messageType, body }, transaction);
        return messageId;
    }

    public static async Task<OutboxState> StateAsync(this NpgsqlDataSource dataSource, Guid messageId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<OutboxState>(
            "SELECT attempts, sent_at, last_error FROM outbox WHERE message_id = @messageId", new { messageId });
    }

    /// <summary>The MassTransit MessageIds of <paramref name="messages"/>, in the order they were read.</summary>
    public static Guid[] MessageIds(this IEnumerable<RabbitMQ.Client.BasicGetResult> messages) =>
        messages.Select(m => Guid.Parse(m.BasicProperties.MessageId!)).ToArray();
}

public sealed class OutboxState
{
    public int Attempts { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }
}
