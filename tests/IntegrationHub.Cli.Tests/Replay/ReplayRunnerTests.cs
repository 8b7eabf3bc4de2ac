using System.Text.Json;
using IntegrationHub.Cli.Replay;

namespace IntegrationHub.Cli.Tests.Replay;

public sealed class ReplayRunnerTests(SampleReplay replay) : IClassFixture<SampleReplay>
{
    [Fact]
    public async Task Should_accept_all_but_the_three_mistakes_when_replaying_the_sample_feed()
    {
        var (_, summary) = await replay.Result;

        Assert.Equal(153, summary.Lines);
        Assert.Equal(3, summary.Rejected);
        Assert.Equal(1, summary.Duplicates);
        Assert.Equal(149, summary.Accepted);
    }

    [Theory]
    [InlineData("school.brin-mismatch")]
    [InlineData("message.unparseable")]
    [InlineData("attendance.minutes-range")]
    public async Task Should_answer_the_sending_school_when_a_message_is_rejected(string code)
    {
        var (lines, _) = await replay.Result;

        var rejection = Assert.Single(lines, l => l.MessageType == "SubmissionRejected" && Codes(l).Contains(code));
        Assert.Equal("queue:school.12AB.feedback", rejection.Destination);
    }

    [Fact]
    public async Task Should_answer_a_repeat_again_as_a_duplicate_when_the_same_message_is_sent_twice()
    {
        var (lines, _) = await replay.Result;

        var accepted = lines.Where(l => l.MessageType == "SubmissionAccepted").GroupBy(l => l.Message.GetProperty("messageId").GetGuid()).Single(g => g.Count() == 2);
        Assert.Equal([false, true], accepted.Select(l => l.Message.GetProperty("isDuplicate").GetBoolean()));
    }

    [Theory]
    [InlineData("melding-16-uur", "leerplicht", "2026-09-08", "2026-09-29")]
    [InlineData("mazl-criterium", "school", "2026-09-08", "2026-11-03")]
    [InlineData("absoluut-verzuim", "leerplicht", "2026-10-02", null)]
    [InlineData("rmc-verzuim", "rmc", "2026-09-14", null)]
    [InlineData("luxe-verzuim", "leerplicht", "2026-10-14", null)]
    public async Task Should_tell_the_school_the_finding_each_sample_pupil_shows_when_replaying(string kind, string recipient, string begindatum, string? einddatum)
    {
        var (lines, _) = await replay.Result;

        var finding = lines.First(l => l.MessageType == "FindingRaised" && Text(l, "kind") == kind && Text(l, "begindatum") == begindatum);
        Assert.Equal("finding", finding.Kind);
        Assert.StartsWith("queue:school.", finding.Destination, StringComparison.Ordinal);
        Assert.Equal(recipient, Text(finding, "recipient"));
        Assert.Equal(einddatum, Text(finding, "einddatum"));
    }

    [Fact]
    public async Task Should_let_a_finding_lapse_quietly_and_tell_only_the_school_when_a_correction_arrives_before_it_settled()
    {
        var (lines, _) = await replay.Result;

        // vo-1005's corrections arrive minutes after the lessons that raised its 16-uur finding: before it settled.
        Assert.Single(lines, l => l.MessageType == "FindingRaised" && Text(l, "lvsPupilKey") == "vo-1005" && Text(l, "kind") == "melding-16-uur");
        Assert.DoesNotContain(lines, l => l.MessageType is "VerzuimmeldingSent" or "VerzuimmeldingDecisionRequired" && l.Message.GetRawText().Contains("\"vo-1005\"", StringComparison.Ordinal));
        var dropped = lines.Where(l => l.MessageType == "FindingsDigest")
            .SelectMany(l => l.Message.GetProperty("findings").EnumerateArray())
            .Single(f => Text(f, "lvsPupilKey") == "vo-1005" && Text(f, "kind") == "melding-16-uur");
        Assert.Equal("vervallen", Text(dropped, "change"));
        Assert.Contains("gecorrigeerd", Text(dropped, "reason"), StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.MessageType == "VerzuimmeldingWithdrawn");
    }

    [Fact]
    public async Task Should_ask_the_school_and_withdraw_nothing_at_the_partner_when_a_correction_removes_the_basis_of_a_sent_melding()
    {
        // The same feed, with vo-1005's corrections sent weeks later, after its melding was sent.
        var (lines, _) = await new ReplayRunner().RunAsync(SampleFeeds.WithLateCorrections(), CancellationToken.None);

        var sent = Assert.Single(lines, l => l.MessageType == "VerzuimmeldingSent" && Text(l.Message.GetProperty("melding"), "lvsPupilKey") == "vo-1005");
        var question = Assert.Single(lines, l => l.MessageType == "VerzuimmeldingDecisionRequired");
        Assert.Equal("queue:school.34CD.feedback", question.Destination);
        Assert.Equal(sent.Message.GetProperty("melding").GetProperty("meldingId").GetGuid(), question.Message.GetProperty("melding").GetProperty("meldingId").GetGuid());
        Assert.Contains("gecorrigeerd", Text(question, "correction"), StringComparison.Ordinal);
        Assert.Equal(["intrekken", "handhaven"], question.Message.GetProperty("choices").EnumerateArray().Select(c => c.GetString()));
        Assert.DoesNotContain(lines, l => l.MessageType == "VerzuimmeldingWithdrawn");
    }

    [Fact]
    public async Task Should_name_the_pupil_by_the_school_own_key_when_telling_the_school_about_a_finding()
    {
        var (lines, _) = await replay.Result;

        var feedback = lines.First(l => l.MessageType == "FindingRaised" && Text(l, "kind") == "melding-16-uur" && Text(l, "begindatum") == "2026-09-08");
        Assert.Equal("vo-1001", Text(feedback, "lvsPupilKey"));
        Assert.Equal("2026-10-06", Text(feedback, "dueDate"));
    }

    [Fact]
    public async Task Should_carry_no_persoonsgebonden_nummer_when_sending_findings_and_meldingen()
    {
        var (lines, _) = await replay.Result;

        var outbound = lines.Where(l => l.Kind is "finding" or "melding").Select(l => l.Message.GetRawText()).ToList();
        Assert.NotEmpty(outbound);
        Assert.All(outbound, json => Assert.DoesNotMatch("99999[0-9]{4}", json));
    }

    [Fact]
    public async Task Should_label_every_line_with_its_kind_when_replaying()
    {
        var (lines, _) = await replay.Result;

        Assert.All(lines, l => Assert.Contains(l.Kind, new[] { "finding", "melding", "school-feedback" }));
        Assert.All(lines.Where(l => l.Kind == "melding"), l => Assert.Equal("publish", l.Destination));
        Assert.Contains(lines, l => l.Kind == "melding");
    }

    [Fact]
    public async Task Should_send_the_same_findings_and_meldingen_in_the_same_order_when_replayed_twice()
    {
        var (first, _) = await replay.Result;
        var (second, _) = await SampleReplay.RunAsync();

        Assert.Equal(Signals(first), Signals(second));
    }

    private static string[] Signals(IEnumerable<OutboundLine> lines) =>
        lines.Where(l => l.Kind is "finding" or "melding").Select(l => l.Destination + l.Message.GetRawText()).ToArray();

    private static string? Text(OutboundLine line, string property) => Text(line.Message, property);

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    private static string[] Codes(OutboundLine line) =>
        line.Message.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToArray();
}
