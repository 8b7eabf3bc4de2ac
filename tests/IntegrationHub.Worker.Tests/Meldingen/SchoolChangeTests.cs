using IntegrationHub.Contracts.V1;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Meldingen;

/// <summary>
/// Facts belong to the school that recorded them, through the running worker and the real broker: a pupil (same test
/// BSN) moves from school A to school B. Hours are counted per school, never added across them, and each school hears
/// only about its own facts, under its own LVS pupil key.
/// </summary>
public sealed class SchoolChangeTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const int PupilNumber = 45;
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(10);
    private static readonly DateOnly EnrolledAtA = new(2026, 8, 17);
    private static readonly DateOnly LeftA = new(2026, 9, 11);
    private static readonly DateOnly EnrolledAtB = new(2026, 9, 14);

    [Fact]
    public async Task Should_tell_school_a_nothing_about_absences_at_school_b_when_the_pupil_changes_school()
    {
        var schoolA = await hub.ProvisionSchoolAsync();
        var schoolB = await hub.ProvisionSchoolAsync();
        await using var lvsA = await hub.ConnectAsync(schoolA);
        await using var lvsB = await hub.ConnectAsync(schoolB);
        var feedbackA = MessageLog.Of(lvsA);
        var feedbackB = MessageLog.Of(lvsB);
        var atA = MeldingFacts.Pupil(PupilNumber, "lvskey-za00045");
        var atB = MeldingFacts.Pupil(PupilNumber, "lvskey-zb00045");

        // 10 hours at A (8-10 September), the move, 8 hours at B (14-15 September): 18 within two weeks, but 10 and 8 per school.
        var factsA = new List<object> { MeldingFacts.Enrolment(schoolA.Brin, atA, EnrolledAtA) };
        factsA.AddRange(MeldingFacts.MissedLessons(schoolA.Brin, atA, [new(2026, 9, 8), new(2026, 9, 9)]));
        factsA.AddRange(MeldingFacts.MissedLessons(schoolA.Brin, atA, [new(2026, 9, 10)], perDay: 2));
        factsA.Add(MeldingFacts.Deregistration(schoolA.Brin, atA, LeftA, schoolB.Brin));
        var factsB = new List<object> { MeldingFacts.Enrolment(schoolB.Brin, atB, EnrolledAtB) };
        factsB.AddRange(MeldingFacts.MissedLessons(schoolB.Brin, atB, [new(2026, 9, 14), new(2026, 9, 15)]));
        await PublishAllAcceptedAsync(lvsA, feedbackA, factsA);
        await PublishAllAcceptedAsync(lvsB, feedbackB, factsB);
        await feedbackA.ReadForAsync(Quiet);
        await feedbackB.ReadForAsync(Quiet);

        Assert.DoesNotContain(feedbackA.All.Concat(feedbackB.All), IsSixteenHours);
        Assert.Empty(await hub.DataSource.MeldingenAsync(schoolA.Brin));
        Assert.Empty(await hub.DataSource.MeldingenAsync(schoolB.Brin));

        // 8 more hours at B (16-17 September): 16 at B alone.
        await PublishAllAcceptedAsync(lvsB, feedbackB, MeldingFacts.MissedLessons(schoolB.Brin, atB, [new(2026, 9, 16), new(2026, 9, 17)]));
        var finding = await feedbackB.WaitForAsync(IsSixteenHours);
        await feedbackB.WaitForAsync(f => f.Is(nameof(VerzuimmeldingSent)));
        await feedbackA.ReadForAsync(Quiet);

        Assert.Equal(atB.LvsPupilKey, finding.Text("lvsPupilKey"));
        Assert.Equal("2026-09-14", finding.Text("begindatum"));
        Assert.Equal(schoolB.Brin, finding.Message.GetProperty("school").GetProperty("brin").GetString());
        Assert.All(feedbackB.All, f => AssertNothingOf(f, schoolA.Brin, atA.LvsPupilKey));
        Assert.All(feedbackA.All, f => AssertNothingOf(f, schoolB.Brin, atB.LvsPupilKey));
        Assert.DoesNotContain(feedbackA.All, f => f.Is(nameof(FindingsDigest)) || f.ShortType.StartsWith("Verzuimmelding", StringComparison.Ordinal));
        Assert.All(feedbackA.All.Where(f => f.Is(nameof(FindingRaised))), f =>
            Assert.True(DateOnly.Parse(f.Text("begindatum")!, System.Globalization.CultureInfo.InvariantCulture) < EnrolledAtB, f.Message.GetRawText()));
        Assert.Empty(await hub.DataSource.MeldingenAsync(schoolA.Brin));
    }

    private static bool IsSixteenHours(FeedbackMessage f) => f.Is(nameof(FindingRaised)) && f.Text("kind") == "melding-16-uur";

    /// <summary>A message to one school names neither the other school nor the pupil key the other school uses.</summary>
    private static void AssertNothingOf(FeedbackMessage message, string otherBrin, string otherPupilKey)
    {
        var text = message.Message.GetRawText();
        Assert.DoesNotContain(otherBrin, text, StringComparison.Ordinal);
        Assert.DoesNotContain(otherPupilKey, text, StringComparison.Ordinal);
    }

    /// <summary>Publishes each fact with its own contract type and waits until the intake accepted every one.</summary>
    private static async Task PublishAllAcceptedAsync(SchoolConnection lvs, MessageLog feedback, IEnumerable<object> facts)
    {
        var ids = new List<Guid>();
        foreach (var fact in facts)
        {
            var envelope = fact switch
            {
                AttendanceRegistered m => m.Envelope,
                PupilEnrolled m => m.Envelope,
                PupilDeregistered m => m.Envelope,
                _ => throw new ArgumentOutOfRangeException(nameof(facts), fact.GetType().Name, "Not a fact this test sends."),
            };
            await lvs.PublishAsync(TestMessages.ToJson(fact, fact.GetType()), type: fact.GetType().Name);
            ids.Add(envelope.MessageId);
        }

        foreach (var id in ids)
        {
            Assert.True((await feedback.WaitForAsync(f => f.MessageId == id)).IsAccepted, $"Message {id} was not accepted.");
        }
    }
}
