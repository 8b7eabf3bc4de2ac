using System.Text;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Observability;

/// <summary>
/// Traces through OpenTelemetry: with an OTLP endpoint configured, the worker exports MassTransit's spans of the hub's
/// own messages to that collector, and only there; the spans carry ids, never the pupil's BSN.
/// </summary>
public sealed class TraceExportTests(OtlpHubFixture hub) : IClassFixture<OtlpHubFixture>
{
    private const int PupilNumber = 78;

    [Fact]
    public async Task Should_export_masstransit_spans_of_the_signalering_to_the_configured_collector_when_a_school_sends_events()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        var feedback = MessageLog.Of(lvs);
        await lvs.PublishAsync(TestMessages.ToJson(Scenario.Enrolment(school.Brin, PupilNumber)), type: nameof(PupilEnrolled));
        await feedback.WaitForAsync(f => f.Is(nameof(SubmissionAccepted)));

        var deadline = DateTime.UtcNow + MessageLog.Bound;
        while (!Traces().Any(Mentions("hub.signalering")) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }

        var traces = Traces();
        Assert.True(traces.Any(Mentions("hub.signalering")), $"{traces.Count} trace exports, none with a span of hub.signalering");
        Assert.True(traces.Any(Mentions("MassTransit")), "no span from MassTransit's ActivitySource");
        Assert.True(traces.Any(Mentions("integrationhub-worker")), "no service name on the exported resource");
        Assert.DoesNotContain(hub.Receiver.Exports, export => Encoding.UTF8.GetString(export.Body).Contains(TestMessages.TestBsn(PupilNumber), StringComparison.Ordinal));
    }

    private List<string> Traces() =>
        [.. hub.Receiver.Exports.Where(e => e.Path == "/v1/traces").Select(e => Encoding.UTF8.GetString(e.Body))];

    private static Func<string, bool> Mentions(string text) => body => body.Contains(text, StringComparison.Ordinal);
}
