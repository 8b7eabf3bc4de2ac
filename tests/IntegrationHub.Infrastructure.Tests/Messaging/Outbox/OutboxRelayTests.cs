using System.Text;
using System.Text.Json;
using Dapper;
using IntegrationHub.Application.Intake;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IntegrationHub.Infrastructure.Tests.Messaging.Outbox;

/// <summary>The outbox relay against the real RabbitMQ, through a real MassTransit bus.</summary>
public sealed class OutboxRelayTests(RelayHub hub, ITestOutputHelper output) : IClassFixture<RelayHub>
{
    [Fact]
    public async Task Should_deliver_the_feedback_with_the_outbox_message_id_when_a_submission_is_accepted()
    {
        var inboundId = Guid.NewGuid();
        var intake = hub.Services.GetRequiredService<IIntakeService>();

        await intake.SubmitAsync(Samples.Submission(Samples.AttendanceRegistered(inboundId)), CancellationToken.None);

        var delivered = await QueueReader.WaitForMessageAsync(hub.VirtualHost, "school.12AB.feedback", TimeSpan.FromSeconds(30));
        var json = Encoding.UTF8.GetString(delivered.Body.Span);
        output.WriteLine(json);
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var outboxId = await connection.ExecuteScalarAsync<Guid>(
            "SELECT message_id FROM outbox WHERE destination = 'queue:school.12AB.feedback' AND body->>'messageId' = @id",
            new { id = inboundId.ToString() });
        Assert.Equal(outboxId.ToString(), delivered.BasicProperties.MessageId);
        Assert.Equal("application/vnd.masstransit+json", delivered.BasicProperties.ContentType);
        using var envelope = JsonDocument.Parse(json);
        var root = envelope.RootElement;
        Assert.Equal(outboxId, root.GetProperty("messageId").GetGuid());
        Assert.Equal("urn:message:IntegrationHub.Contracts.V1:SubmissionAccepted", root.GetProperty("messageType")[0].GetString());
        Assert.Equal(inboundId, root.GetProperty("message").GetProperty("messageId").GetGuid());
        Assert.False(root.GetProperty("message").GetProperty("isDuplicate").GetBoolean());
    }

    [Fact]
    public async Task Should_publish_the_recorded_events_with_the_outbox_message_id_when_a_pupil_event_is_accepted()
    {
        const string queue = "test.pupil-event-recorded";
        await QueueReader.BindAsync(hub.VirtualHost, "IntegrationHub.Application.Messaging:PupilEventsRecorded", queue);
        var inboundId = Guid.NewGuid();

        await hub.Services.GetRequiredService<IIntakeService>()
            .SubmitAsync(Samples.Submission(Samples.AttendanceRegistered(inboundId, brin: "90KL"), sender: new SchoolIdentity("90KL", "lvs-90KL")),
                CancellationToken.None);

        var delivered = await QueueReader.WaitForMessageAsync(hub.VirtualHost, queue, TimeSpan.FromSeconds(30));
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var (outboxId, sequence) = await connection.QuerySingleAsync<(Guid, long)>("""
            SELECT o.message_id, l.sequence FROM outbox o CROSS JOIN json_array_elements(o.body->'events') e(event)
            JOIN attendance_ledger l ON l.message_id = @inboundId
            WHERE o.destination IS NULL AND e.event->>'messageId' = @id
            """, new { inboundId, id = inboundId.ToString() });
        Assert.Equal(outboxId.ToString(), delivered.BasicProperties.MessageId);
        using var envelope = JsonDocument.Parse(delivered.Body);
        var message = Assert.Single(envelope.RootElement.GetProperty("message").GetProperty("events").EnumerateArray());
        Assert.Equal("urn:message:IntegrationHub.Application.Messaging:PupilEventsRecorded", envelope.RootElement.GetProperty("messageType")[0].GetString());
        Assert.Equal((sequence, "AttendanceRecorded", inboundId),
            (message.GetProperty("ledgerSequence").GetInt64(), message.GetProperty("eventType").GetString(), message.GetProperty("messageId").GetGuid()));
    }

    [Fact]
    public async Task Should_mark_every_row_sent_when_the_broker_takes_them()
    {
        var intake = hub.Services.GetRequiredService<IIntakeService>();
        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        foreach (var id in ids)
        {
            await intake.SubmitAsync(Samples.Submission(Samples.AttendanceRegistered(id, brin: "78GH"), sender: new SchoolIdentity("78GH", "lvs-78GH")),
                CancellationToken.None);
        }

        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        long unsent;
        do
        {
            await Task.Delay(200);
            unsent = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox WHERE sent_at IS NULL");
        }
        while (unsent > 0 && DateTime.UtcNow < deadline);

        Assert.Equal(0, unsent);
        Assert.Equal(10, await connection.ExecuteScalarAsync<long>(
            """
            SELECT count(*) FROM outbox
            WHERE body->>'messageId' = ANY(@ids) OR EXISTS (SELECT 1 FROM json_array_elements(body->'events') e WHERE e->>'messageId' = ANY(@ids))
            """, new { ids = ids.Select(id => id.ToString()).ToArray() }));
    }
}
