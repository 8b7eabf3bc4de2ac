using System.Text;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Gateways.Amqp;
using IntegrationHub.Testing;
using IntegrationHub.Worker.Tests.Support;
using RabbitMQ.Client;

namespace IntegrationHub.Worker.Tests.Gateways;

public sealed class AmqpGatewayTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private static readonly TimeSpan FeedbackTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Should_store_once_and_answer_twice_when_a_school_sends_the_same_message_twice()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        var message = TestMessages.Attendance(school.Brin, pupil: 1, lesson: 1);
        var body = TestMessages.ToJson(message);

        await lvs.PublishAsync(body);
        await lvs.PublishAsync(body);
        var feedback = await lvs.ReadFeedbackAsync(2, FeedbackTimeout);

        Assert.Equal(2, feedback.Count);
        Assert.All(feedback, f => Assert.True(f.IsAccepted, f.MessageType));
        Assert.All(feedback, f => Assert.Equal(message.Envelope.MessageId, f.MessageId));
        Assert.Equal([false, true], feedback.Select(f => f.IsDuplicate).Order());
        Assert.Equal(1, await hub.DataSource.LedgerRowsAsync(message.Envelope.MessageId));
        Assert.All(feedback, f => Assert.False(f.HasLineBreak, $"an envelope of {f.BodyBytes} bytes is indented")); // compact JSON on the wire (BusJson)
    }

    [Fact]
    public async Task Should_refuse_access_when_a_school_user_publishes_to_another_schools_exchange()
    {
        var school = await hub.ProvisionSchoolAsync();
        var other = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        var message = TestMessages.Attendance(other.Brin, pupil: 2, lesson: 1);

        await Assert.ThrowsAnyAsync<Exception>(() => lvs.PublishAsync(TestMessages.ToJson(message), exchange: other.InboundExchange));

        Assert.Equal((ushort)403, lvs.ChannelCloseReason?.ReplyCode);
        Assert.Contains("ACCESS_REFUSED", lvs.ChannelCloseReason?.ReplyText, StringComparison.Ordinal);
        Assert.Equal(0, await hub.DataSource.LedgerRowsAsync(message.Envelope.MessageId));
    }

    [Fact]
    public async Task Should_reject_with_brin_mismatch_on_the_senders_own_feedback_queue_when_the_envelope_names_another_school()
    {
        var school = await hub.ProvisionSchoolAsync();
        var other = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        await using var otherLvs = await hub.ConnectAsync(other);
        var message = TestMessages.Attendance(other.Brin, pupil: 3, lesson: 1);

        await lvs.PublishAsync(TestMessages.ToJson(message));
        var feedback = Assert.Single(await lvs.ReadFeedbackAsync(1, FeedbackTimeout));

        Assert.True(feedback.IsRejected, feedback.MessageType);
        Assert.Contains("school.brin-mismatch", feedback.ReasonCodes);
        Assert.Equal(school.Brin, feedback.Message.GetProperty("school").GetProperty("brin").GetString());
        Assert.Empty(await otherLvs.ReadFeedbackAsync(1, TimeSpan.FromSeconds(2)));
        Assert.Equal(0, await hub.DataSource.LedgerRowsAsync(message.Envelope.MessageId));
        Assert.Contains(hub.Worker.OutputLines, line =>
            line.Contains(message.Envelope.MessageId.ToString(), StringComparison.Ordinal)
            && line.Contains(other.Brin, StringComparison.Ordinal)
            && line.Contains(Topology.SchoolUser(school.Brin), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_answer_SubmissionRejected_and_keep_the_message_when_the_body_is_not_json()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);

        await lvs.PublishAsync(Encoding.UTF8.GetBytes("this is not json {"), type: "AttendanceRegistered", contentType: "text/plain");
        var feedback = Assert.Single(await lvs.ReadFeedbackAsync(1, FeedbackTimeout));

        Assert.True(feedback.IsRejected, feedback.MessageType);
        Assert.Contains("message.unparseable", feedback.ReasonCodes);
        var rejectionId = feedback.Message.GetProperty("rejectionId").GetGuid();
        Assert.Equal(1, await hub.DataSource.RejectedSubmissionsAsync(rejectionId));
    }

    [Fact]
    public async Task Should_dead_letter_to_the_unauthenticated_queue_when_a_message_bypasses_the_school_exchanges()
    {
        var factory = new ConnectionFactory { Uri = hub.VirtualHost.AmqpUri };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        var body = Encoding.UTF8.GetBytes("{}");

        await channel.BasicPublishAsync(string.Empty, Topology.IntakeQueue, mandatory: true, new BasicProperties { Persistent = true }, body);

        BasicGetResult? dead = null;
        for (var attempt = 0; attempt < 100 && dead is null; attempt++)
        {
            dead = await channel.BasicGetAsync(IntakeQueueTopology.UnauthenticatedQueue, autoAck: true);
            if (dead is null)
            {
                await Task.Delay(100);
            }
        }

        Assert.NotNull(dead);
        Assert.Equal("{}", Encoding.UTF8.GetString(dead.Body.Span));
        Assert.Contains(hub.Worker.OutputLines, line => line.Contains("no school exchange vouches for", StringComparison.Ordinal));
    }
}
