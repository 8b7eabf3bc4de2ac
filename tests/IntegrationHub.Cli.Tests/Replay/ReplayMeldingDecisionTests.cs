using IntegrationHub.Cli.Feed;
using IntegrationHub.Cli.Replay;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Cli.Tests.Replay;

/// <summary>
/// `hub replay` keeps no meldingen the intake can look up: a school's decision about a melding is answered as about an
/// unknown melding (melding.unknown), and the replay goes on.
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
}
