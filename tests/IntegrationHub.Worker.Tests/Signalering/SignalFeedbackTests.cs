using IntegrationHub.Contracts.V1;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Signalering;

/// <summary>
/// The whole path through the running worker and the real broker: an LVS publishes, the intake stores, the relay
/// publishes PupilEventRecorded, the signalering consumer applies the rules, and the school hears of the melding.
/// </summary>
public sealed class SignalFeedbackTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const int PupilNumber = 42;

    [Fact]
    public async Task Should_tell_the_school_of_the_melding_when_its_lvs_sends_sixteen_unauthorised_lesson_hours()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);

        await lvs.PublishAsync(TestMessages.ToJson(Enrolment(school.Brin)), type: nameof(PupilEnrolled));
        foreach (var lesson in SixteenLessons(school.Brin))
        {
            await lvs.PublishAsync(TestMessages.ToJson(lesson));
        }

        var melding = await WaitForAsync(lvs, f => f.MessageType.EndsWith(":VerzuimSignalRaised", StringComparison.Ordinal)
            && f.Message.GetProperty("kind").GetString() == "melding-16-uur");
        Assert.Equal("leerplicht", melding.Message.GetProperty("recipient").GetString());
        Assert.Equal(TestMessages.LvsPupilKey(PupilNumber), melding.Message.GetProperty("lvsPupilKey").GetString());
        Assert.Equal("2026-09-08", melding.Message.GetProperty("begindatum").GetString());
        Assert.Equal("2026-09-29", melding.Message.GetProperty("einddatum").GetString());
        Assert.DoesNotContain(TestMessages.TestBsn(PupilNumber), melding.Message.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<FeedbackMessage> WaitForAsync(SchoolConnection lvs, Func<FeedbackMessage, bool> wanted)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        var seen = new List<string>();
        while (DateTime.UtcNow < deadline)
        {
            foreach (var feedback in await lvs.ReadFeedbackAsync(1, TimeSpan.FromSeconds(2)))
            {
                if (wanted(feedback))
                {
                    return feedback;
                }

                seen.Add(feedback.MessageType);
            }
        }

        throw new Xunit.Sdk.XunitException($"No such feedback within 90 s; saw {seen.Count}: {string.Join(", ", seen.Distinct())}");
    }

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
