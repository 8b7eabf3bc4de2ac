using IntegrationHub.Contracts.V1;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Signalering;

/// <summary>
/// The whole path through the running worker and the real broker: an LVS publishes, the intake stores, the relay
/// publishes PupilEventRecorded, the signalering consumer applies the rules, and the school hears of the finding at once
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

        await lvs.PublishAsync(TestMessages.ToJson(Enrolment(school.Brin)), type: nameof(PupilEnrolled));
        foreach (var lesson in SixteenLessons(school.Brin))
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

    private static PupilEnrolled Enrolment(string brin) => new()
    {
        Envelope = Envelope(brin, new DateOnly(2026, 8, 17)),
        Pupil = TestMessages.Pupil(PupilNumber),
        EnrolledOn = new DateOnly(2026, 8, 17),
        BirthDate = new DateOnly(2012, 3, 10),
        WoongemeenteCode = "GM0014",
        SchoolType = SchoolType.Vo,
        HasStartkwalificatie = false,
    };

    /// <summary>Four 50-minute lessons on each of four consecutive Tuesdays (8-29 September 2026, no holiday in any region).</summary>
    private static IEnumerable<AttendanceRegistered> SixteenLessons(string brin) =>
        from week in Enumerable.Range(0, 4)
        from lesson in Enumerable.Range(0, 4)
        let day = new DateOnly(2026, 9, 8).AddDays(7 * week)
        select new AttendanceRegistered
        {
            Envelope = Envelope(brin, day),
            Pupil = TestMessages.Pupil(PupilNumber),
            RegistrationId = $"signal-{day:MMdd}-{lesson}",
            Date = day,
            StartTime = new TimeOnly(8 + lesson, 30),
            Minutes = 50,
            Unit = AttendanceUnit.Lesson,
            Status = AttendanceStatus.AbsentUnauthorised,
            ReasonCategory = ReasonCategory.Spijbelen,
        };

    private static Envelope Envelope(string brin, DateOnly day) => new()
    {
        MessageId = Guid.NewGuid(),
        School = new SchoolRef { Brin = brin, Vestiging = "00" },
        SourceSystem = "WorkerTests",
        OccurredAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero),
        SchemaVersion = "1.0",
    };
}
