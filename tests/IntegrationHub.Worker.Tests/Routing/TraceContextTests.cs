using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Worker.Tests.Meldingen;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Routing;

/// <summary>
/// W3C trace context from the school's message onto the partner message it caused, through the running worker and the
/// real broker: the partner message's traceparent has the school message's trace id and a span of its own, and the
/// disclosure entry for that message holds the same trace id, its span, the school message's span as parent and the
/// school message as the operation.
/// </summary>
public sealed class TraceContextTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const string Jgz = "jgz-ggd-groningen";

    [Fact]
    public async Task Should_carry_the_conversations_trace_onto_the_referral_and_its_disclosure_entry_when_a_mazl_referral_is_sent()
    {
        var school = await hub.ProvisionSchoolAsync();
        await hub.ServeByJgzAsync(school.Brin, Jgz);
        await using var jgzQueue = await PartnerQueue.OpenAsync(hub.VirtualHost.Name, PartnerKind.Jgz, Jgz);
        await using var lvs = await hub.ConnectAsync(school);
        var feedback = MessageLog.Of(lvs);
        var jgz = MessageLog.Of(jgzQueue);
        var pupil = MeldingFacts.Pupil(65);
        var (traceId, schoolSpan) = (NewHex(16), NewHex(8));

        await lvs.PublishAllAsync([
            RoutingFacts.Enrolment(school.Brin, pupil, "GM0014"), RoutingFacts.Consent(school.Brin, pupil, "consent-trace-65"),
            .. RoutingFacts.SickEpisodes(school.Brin, pupil)]);
        var finding = await feedback.WaitForAsync(MazlReferralTests.IsFourSickReports);
        var conversation = RoutingFacts.Conversation(school.Brin, pupil, finding.Text("findingId")!, $"00-{traceId}-{schoolSpan}-01");
        await lvs.PublishAllAsync([conversation]);
        var referral = await jgz.WaitForAsync(f => f.Is(nameof(MazlReferral)));

        var (referralTrace, referralSpan) = Parse(referral.Headers["traceparent"]);
        Assert.Equal(traceId, referralTrace);
        Assert.NotEqual(schoolSpan, referralSpan);
        var disclosure = await RoutingDatabase.WaitUntilAsync(() => hub.DataSource.DisclosureAsync(referral.EnvelopeMessageId), d => d?.Status == "sent",
            "the referral's disclosure entry marked sent");
        Assert.Equal((traceId, referralSpan, schoolSpan), (disclosure!.TraceId, disclosure.SpanId, disclosure.ParentSpanId));
        Assert.Equal($"MazlConversationRecorded {conversation.Envelope.MessageId}", disclosure.Operation);
        var sent = await feedback.WaitForAsync(f => f.Is(nameof(MazlReferralSent)));
        Assert.True(sent.Headers.TryGetValue("traceparent", out var sentTrace), "MazlReferralSent carries no traceparent.");
        Assert.Equal(traceId, Parse(sentTrace).TraceId); // and back onto the school's feedback
    }

    [Fact]
    public async Task Should_carry_the_school_messages_trace_onto_the_notification_and_its_disclosure_entry_when_a_melding_is_routed()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var partnerQueue = await PartnerQueue.OpenAsync(hub.VirtualHost.Name, PartnerKind.Leerplicht, MeldingFacts.LeerplichtOfTheirWoongemeente);
        await using var lvs = await hub.ConnectAsync(school);
        var partner = MessageLog.Of(partnerQueue);
        var feedback = MessageLog.Of(lvs);
        var pupil = MeldingFacts.Pupil(66);
        var traceId = NewHex(16);
        var messages = new List<object> { RoutingFacts.Enrolment(school.Brin, pupil, "GM0014", $"00-{traceId}-{NewHex(8)}-01") };
        messages.AddRange(RoutingFacts.MissedLessons(school.Brin, pupil).Select(l => l with { Envelope = l.Envelope with { TraceParent = $"00-{traceId}-{NewHex(8)}-01" } }));
        var spans = messages.ToDictionary(m => Parse(EnvelopeOf(m).TraceParent!).SpanId, m => EnvelopeOf(m).MessageId);

        await lvs.PublishAllAsync(messages);
        var notification = await partner.WaitForAsync(f => f.Is(nameof(VerzuimmeldingNotification)));

        var (notificationTrace, notificationSpan) = Parse(notification.Headers["traceparent"]);
        Assert.Equal(traceId, notificationTrace);
        Assert.DoesNotContain(notificationSpan, spans.Keys);
        var disclosure = await RoutingDatabase.WaitUntilAsync(() => hub.DataSource.DisclosureAsync(notification.EnvelopeMessageId), d => d?.Status == "sent",
            "the notification's disclosure entry marked sent");
        Assert.Equal((traceId, notificationSpan), (disclosure!.TraceId, disclosure.SpanId));
        Assert.NotNull(disclosure.ParentSpanId);
        Assert.Contains(disclosure.ParentSpanId, spans.Keys);
        Assert.EndsWith($" {spans[disclosure.ParentSpanId]}", disclosure.Operation, StringComparison.Ordinal); // the same school message is parent and operation
        var sent = await feedback.WaitForAsync(f => f.Is(nameof(VerzuimmeldingSent)));
        Assert.True(sent.Headers.TryGetValue("traceparent", out var sentTrace), "VerzuimmeldingSent carries no traceparent.");
        Assert.Equal(traceId, Parse(sentTrace).TraceId); // and back onto the school's feedback
    }

    private static Envelope EnvelopeOf(object message) => message switch
    {
        PupilEnrolled m => m.Envelope,
        AttendanceRegistered m => m.Envelope,
        _ => throw new ArgumentOutOfRangeException(nameof(message)),
    };

    private static (string TraceId, string SpanId) Parse(string traceParent)
    {
        var parts = traceParent.Split('-');
        Assert.Equal(4, parts.Length);
        return (parts[1], parts[2]);
    }

    private static string NewHex(int bytes) => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(bytes));
}
