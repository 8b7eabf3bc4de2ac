using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Infrastructure.Schools;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Gateways;

/// <summary>
/// A school connected with batched acceptance (<c>hub school add --batched-acceptance</c>) hears of its accepted
/// messages in SubmissionsAccepted messages on its feedback queue, over the real broker and worker: every message once,
/// a repeat again as a duplicate, and never a SubmissionAccepted of its own. Rejections still come one by one.
/// </summary>
public sealed class BatchedAcceptanceTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task Should_answer_every_accepted_message_once_inside_submissions_accepted_when_the_school_chose_batched_acceptance()
    {
        var school = await hub.Provisioner.ProvisionAsync(
            new SchoolRegistration(hub.NewBrin(), "Batchschool", SchoolRegion.Zuid, "test-" + Guid.NewGuid().ToString("N"), HubFixture.TestMelder, BatchedAcceptance: true),
            CancellationToken.None);
        await using var lvs = await hub.ConnectAsync(school);
        var good = Enumerable.Range(1, 30).Select(n => TestMessages.Attendance(school.Brin, pupil: 1 + (n % 4), lesson: n)).ToList();
        var refused = TestMessages.Attendance(school.Brin, pupil: 9, lesson: 1) with { Minutes = 601 };
        var repeat = good[7];

        // With the worker down the deliveries wait on the queue, so the restarted worker records them in batches.
        await hub.Worker.KillAsync();
        foreach (var message in good.Take(10).Append(refused).Concat(good.Skip(10)).Append(repeat))
        {
            await lvs.PublishAsync(TestMessages.ToJson(message));
        }

        await hub.RestartWorkerAsync();
        var answers = new List<FeedbackMessage>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (Items(answers).Count < good.Count + 1 && DateTime.UtcNow < deadline)
        {
            answers.AddRange((await lvs.ReadFeedbackAsync(1, TimeSpan.FromSeconds(2))).Where(f => f.Is("SubmissionsAccepted") || f.IsAccepted || f.IsRejected));
        }

        // The relay sends at least once: a message that came twice is the same envelope, counted once.
        answers = [.. answers.DistinctBy(f => f.EnvelopeMessageId)];
        var items = Items(answers);
        Assert.DoesNotContain(answers, f => f.IsAccepted);
        Assert.Equal(
            good.Select(m => m.Envelope.MessageId).Order(),
            items.Where(i => !i.IsDuplicate).Select(i => i.MessageId).Order());
        Assert.Equal([repeat.Envelope.MessageId], items.Where(i => i.IsDuplicate).Select(i => i.MessageId));
        Assert.All(items, i => Assert.Equal(("AttendanceRegistered", school.Brin), (i.MessageType, i.Brin)));
        Assert.All(answers.Where(f => f.Is("SubmissionsAccepted")), f =>
        {
            Assert.Equal(school.Brin, f.Text("brin"));
            Assert.Equal(f.EnvelopeMessageId.ToString(), f.Text("batchId"));
        });
        var rejection = Assert.Single(answers, f => f.IsRejected);
        Assert.Equal(refused.Envelope.MessageId, rejection.MessageId);
        Assert.Contains("attendance.minutes-range", rejection.ReasonCodes);
        foreach (var message in good)
        {
            Assert.Equal(1, await hub.DataSource.LedgerRowsAsync(message.Envelope.MessageId));
        }
    }

    private static List<(Guid MessageId, bool IsDuplicate, string MessageType, string Brin)> Items(IEnumerable<FeedbackMessage> answers) =>
    [
        .. answers.Where(f => f.Is("SubmissionsAccepted")).SelectMany(f => f.Message.GetProperty("accepted").EnumerateArray()).Select(item => (
            item.GetProperty("messageId").GetGuid(),
            item.GetProperty("isDuplicate").GetBoolean(),
            item.GetProperty("messageType").GetString()!,
            item.GetProperty("school").GetProperty("brin").GetString()!)),
    ];
}
