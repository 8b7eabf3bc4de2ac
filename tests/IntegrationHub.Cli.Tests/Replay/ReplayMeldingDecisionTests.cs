using IntegrationHub.Cli.Feed;
using IntegrationHub.Cli.Replay;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Cli.Tests.Replay;

/// <summary>
/// `hub replay` applies a school's decision about its own meldingen as the worker does, and answers one about a melding
/// it does not hold, or another school's, with melding.unknown.
/// </summary>
public sealed class ReplayMeldingDecisionTests
{
    [Fact]
    public async Task Should_reject_a_decision_with_melding_unknown_when_replaying()
    {
        var decision = new DecideVerzuimmelding
        {
            Envelope = new Envelope
            {
                MessageId = Guid.NewGuid(),
                School = new SchoolRef { Brin = "12AB", Vestiging = "00" },
                SourceSystem = "ReplayTests",
                OccurredAt = new DateTimeOffset(2026, 10, 5, 12, 0, 0, TimeSpan.Zero),
                SchemaVersion = "1.0",
            },
            MeldingId = Guid.NewGuid(),
            Decision = MeldingDecision.Akkoord,
        };

        var (lines, summary) = await new ReplayRunner().RunAsync(
            FeedFile.Read(new StringReader(FeedFile.Line(decision))).ToList(), CancellationToken.None);

        Assert.Equal((0, 1), (summary.Accepted, summary.Rejected));
        var rejection = Assert.Single(lines, l => l.MessageType == "SubmissionRejected");
        Assert.Equal("queue:school.12AB.feedback", rejection.Destination);
        Assert.Equal("melding.unknown", rejection.Message.GetProperty("reasons")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Should_withdraw_at_the_partner_only_when_the_school_itself_asks_after_a_beslissing_nodig()
    {
        // vo-1005's corrections arrive after its melding was sent: the school is asked and answers.
        var feed = SampleFeeds.WithLateCorrections();
        var (asked, _) = await new ReplayRunner().RunAsync(feed, CancellationToken.None);
        var meldingId = Assert.Single(asked, l => l.MessageType == "VerzuimmeldingDecisionRequired")
            .Message.GetProperty("melding").GetProperty("meldingId").GetGuid();

        var fromOtherSchool = Decision("12AB", meldingId, MeldingDecision.Intrekken, new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var fromOwnSchool = Decision("34CD", meldingId, MeldingDecision.Intrekken, new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        var (lines, _) = await new ReplayRunner().RunAsync([.. feed, .. FeedFile.Read(new StringReader(FeedFile.Line(fromOtherSchool) + "\n" + FeedFile.Line(fromOwnSchool)))], CancellationToken.None);

        Assert.DoesNotContain(asked, l => l.MessageType == "VerzuimmeldingWithdrawn");
        var rejected = Assert.Single(lines, l => l.MessageType == "SubmissionRejected" && l.Message.TryGetProperty("messageId", out var id) && id.GetGuid() == fromOtherSchool.Envelope.MessageId);
        Assert.Equal("melding.unknown", rejected.Message.GetProperty("reasons")[0].GetProperty("code").GetString());
        var withdrawn = Assert.Single(lines, l => l.MessageType == "VerzuimmeldingWithdrawn");
        Assert.Equal(("melding", meldingId, "De ouders hebben het verzuim alsnog verklaard."),
            (withdrawn.Kind, withdrawn.Message.GetProperty("meldingId").GetGuid(), withdrawn.Message.GetProperty("reason").GetString()));
    }

    private static DecideVerzuimmelding Decision(string brin, Guid meldingId, MeldingDecision decision, DateTimeOffset at) => new()
    {
        Envelope = new Envelope
        {
            MessageId = Guid.NewGuid(),
            School = new SchoolRef { Brin = brin, Vestiging = "00" },
            SourceSystem = "ReplayTests",
            OccurredAt = at,
            SchemaVersion = "1.0",
        },
        MeldingId = meldingId,
        Decision = decision,
        Reason = "De ouders hebben het verzuim alsnog verklaard.",
    };
}
