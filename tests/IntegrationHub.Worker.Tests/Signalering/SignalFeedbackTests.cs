using IntegrationHub.Contracts.V1;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Signalering;

/// <summary>
/// The whole path through the running worker and the real broker: an LVS publishes, the intake stores, the relay
/// publishes PupilEventsRecorded, the signalering consumer applies the rules, and the school hears of the finding at once
/// (FindingRaised) and, once it settled into a melding that left the hub, of the melding (VerzuimmeldingSent).
/// </summary>
public sealed class SignalFeedbackTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const int PupilNumber = 42;

    [Fact]
    public async Task Should_tell_the_school_of_the_finding_and_then_of_the_sent_melding_when_its_lvs_sends_sixteen_unauthorised_lesson_hours()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        var feedback = MessageLog.Of(lvs);

        await lvs.PublishAsync(TestMessages.ToJson(Scenario.Enrolment(school.Brin, PupilNumber)), type: nameof(PupilEnrolled));
        foreach (var lesson in Scenario.SixteenLessons(school.Brin, PupilNumber))
        {
            await lvs.PublishAsync(TestMessages.ToJson(lesson));
        }

        var finding = await feedback.WaitForAsync(f => f.Is(nameof(FindingRaised)) && f.Text("kind") == "melding-16-uur");
        var sent = await feedback.WaitForAsync(f => f.Is(nameof(VerzuimmeldingSent)));
        await feedback.ReadForAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("leerplicht", finding.Text("recipient"));
        Assert.Equal(TestMessages.LvsPupilKey(PupilNumber), finding.Text("lvsPupilKey"));
        Assert.Equal("2026-09-08", finding.Text("begindatum"));
        Assert.Equal("2026-09-29", finding.Text("einddatum"));
        var meldingId = finding.MeldingId;
        Assert.NotNull(meldingId);
        Assert.Equal(meldingId, Assert.Single(feedback.All, f => f.Is(nameof(VerzuimmeldingSent))).MeldingId);
        Assert.True(IndexOf(feedback, finding) < IndexOf(feedback, sent), "VerzuimmeldingSent came before the FindingRaised.");
        Assert.Equal(TestMessages.LvsPupilKey(PupilNumber), sent.Message.GetProperty("melding").GetProperty("lvsPupilKey").GetString());
        Assert.All(feedback.All, f => Assert.DoesNotContain(TestMessages.TestBsn(PupilNumber), f.Message.GetRawText(), StringComparison.Ordinal));
    }

    private static int IndexOf(MessageLog log, FeedbackMessage message) =>
        log.All.Select((m, i) => (m, i)).First(x => ReferenceEquals(x.m, message)).i;
}
