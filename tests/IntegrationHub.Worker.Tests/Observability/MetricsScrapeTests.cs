using IntegrationHub.Contracts.V1;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Observability;

/// <summary>
/// The Prometheus endpoint of a running worker, scraped natively: after an LVS sent an enrolment, sixteen unauthorised
/// lesson hours and one unreadable message, /metrics carries the hub's series with the values that run implies
/// (consumed, rejected, findings, meldingen, outbox lag, queue depth, live workers), next to MassTransit's and the
/// .NET runtime's.
/// </summary>
public sealed class MetricsScrapeTests(ObservabilityHubFixture hub) : IClassFixture<ObservabilityHubFixture>
{
    private const int PupilNumber = 77;

    [Fact]
    public async Task Should_export_the_hub_series_with_plausible_values_when_a_school_sends_events_and_prometheus_scrapes()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        var feedback = MessageLog.Of(lvs);
        await lvs.PublishAsync(TestMessages.ToJson(Scenario.Enrolment(school.Brin, PupilNumber)), type: nameof(PupilEnrolled));
        foreach (var lesson in Scenario.SixteenLessons(school.Brin, PupilNumber))
        {
            await lvs.PublishAsync(TestMessages.ToJson(lesson));
        }

        await lvs.PublishAsync("{ not json"u8.ToArray());
        await feedback.WaitForAsync(f => f.Is(nameof(FindingRaised)));
        await feedback.WaitForAsync(f => f.Is(nameof(VerzuimmeldingSent)));

        var scrape = await ScrapeUntilAsync(s =>
            s.Sum("hub_meldingen_total", ("event", "made")) >= 1 && s.Has("hub_queue_messages", ("queue", "hub.signalering")) && s.Sum("hub_workers_alive") >= 1);

        Assert.Equal(17, scrape.Sum("hub_messages_consumed_total", ("channel", "amqp"), ("outcome", "accepted"), ("duplicate", "false")));
        Assert.Equal(1, scrape.Sum("hub_messages_consumed_total", ("channel", "amqp"), ("outcome", "rejected")));
        Assert.Equal(1, scrape.Sum("hub_messages_rejected_total", ("channel", "amqp")));
        Assert.True(scrape.Sum("hub_findings_total", ("change", "raised"), ("kind", "melding-16-uur")) >= 1, scrape.Text);
        Assert.True(scrape.Sum("hub_meldingen_total", ("event", "made"), ("kind", "melding-16-uur")) >= 1, scrape.Text);
        Assert.True(scrape.Has("hub_outbox_unsent"), "no outbox lag gauge");
        Assert.InRange(scrape.Sum("hub_outbox_unsent"), 0, 100);
        Assert.InRange(scrape.Sum("hub_outbox_oldest_unsent_age_seconds"), 0, 600);
        Assert.True(scrape.Has("hub_duo_outbox_oldest_pending_age_seconds"), "no DUO outbox lag gauge");
        Assert.Equal(0, scrape.Sum("hub_queue_messages", ("queue", "hub.signalering"), ("state", "ready")));
        Assert.Equal(1, scrape.Sum("hub_workers_alive"));
        Assert.True(scrape.Sum("messaging_masstransit_consume_ea_total", ("messaging_masstransit_destination", "hub_signalering")) >= 1, "no MassTransit consume count");
        Assert.True(scrape.Sum("dotnet_process_memory_working_set_bytes") > 0, "no .NET runtime metrics");
        Assert.True(scrape.Has("http_server_request_duration_seconds_count"), "no ASP.NET Core metrics");
        Assert.DoesNotContain(TestMessages.TestBsn(PupilNumber), scrape.Text, StringComparison.Ordinal);
    }

    /// <summary>Scrapes until <paramref name="done"/> holds (the gauges are sampled every second, counters follow commits), bounded.</summary>
    private async Task<PrometheusScrape> ScrapeUntilAsync(Func<PrometheusScrape, bool> done)
    {
        var deadline = DateTime.UtcNow + MessageLog.Bound;
        var scrape = await PrometheusScrape.GetAsync(hub.Worker.BaseAddress);
        while (!done(scrape) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            scrape = await PrometheusScrape.GetAsync(hub.Worker.BaseAddress);
        }

        return scrape;
    }
}
