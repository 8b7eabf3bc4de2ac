using IntegrationHub.Worker.Tests.Input;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Gateways;

/// <summary>
/// The AMQP gateway records deliveries in batches. A message PostgreSQL refuses (a test trigger refuses its registration
/// id, <see cref="PostgresRefusal"/>) goes back to the queue on its own; the rest of its batch is stored and answered once.
/// Its own worker and vhost: the poison keeps coming back for the rest of the fixture's life.
/// </summary>
public sealed class AmqpBatchTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private static readonly TimeSpan FeedbackTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Should_store_and_answer_the_others_exactly_once_when_one_delivery_of_a_batch_is_refused_by_postgresql()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        var good = Enumerable.Range(1, 30).Select(n => TestMessages.Attendance(school.Brin, pupil: 1 + (n % 5), lesson: n)).ToList();
        var poison = TestMessages.Attendance(school.Brin, pupil: 6, lesson: 1) with { RegistrationId = PostgresRefusal.Prefix + "poison" };
        await PostgresRefusal.InstallAsync(hub.DataSource);
        var repeat = good[3];

        // With the worker down the deliveries wait on the queue, so the restarted worker takes them in batches.
        await hub.Worker.KillAsync();
        foreach (var message in good.Take(15).Append(poison).Concat(good.Skip(15)).Append(repeat))
        {
            await lvs.PublishAsync(TestMessages.ToJson(message));
        }

        await hub.RestartWorkerAsync();
        var feedback = await ReadAnswersAsync(lvs, good.Count + 1);

        // The relay sends at least once, so the feedback proves every message was answered; the receive counts prove
        // each delivery was recorded (and acknowledged) exactly once. The absences also raise provisional findings on
        // the same feedback queue; only the answers to the submissions count here.
        Assert.True(feedback.Count >= good.Count + 1, $"{feedback.Count} answers");
        Assert.All(feedback, f => Assert.True(f.IsAccepted, f.MessageType));
        Assert.Equal(good.Select(m => m.Envelope.MessageId).Order(), feedback.Where(f => !f.IsDuplicate).Select(f => f.MessageId!.Value).Distinct().Order());
        foreach (var message in good)
        {
            Assert.Equal(1, await hub.DataSource.LedgerRowsAsync(message.Envelope.MessageId));
            Assert.Equal(message == repeat ? 2 : 1, await hub.DataSource.ReceiveCountAsync(message.Envelope.MessageId));
        }

        Assert.Equal(0, await hub.DataSource.LedgerRowsAsync(poison.Envelope.MessageId));
        Assert.Equal(0, await hub.DataSource.ReceiveCountAsync(poison.Envelope.MessageId));
        Assert.Contains(hub.Worker.OutputLines, line => line.Contains("goes back to the queue", StringComparison.Ordinal));
    }

    /// <summary>The school's answers to its submissions (accepted or rejected), read until <paramref name="count"/> arrived or the timeout passed.</summary>
    private static async Task<List<FeedbackMessage>> ReadAnswersAsync(SchoolConnection lvs, int count)
    {
        var answers = new List<FeedbackMessage>();
        var deadline = DateTime.UtcNow + FeedbackTimeout;
        while (answers.Count < count && DateTime.UtcNow < deadline)
        {
            answers.AddRange((await lvs.ReadFeedbackAsync(1, TimeSpan.FromSeconds(2))).Where(f => f.IsAccepted || f.IsRejected));
        }

        return answers;
    }
}
