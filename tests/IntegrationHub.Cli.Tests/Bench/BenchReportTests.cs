using IntegrationHub.Cli.Bench;

namespace IntegrationHub.Cli.Tests.Bench;

public sealed class BenchReportTests
{
    private static BenchResult Result(long stored = 1000, bool timedOut = false) => new()
    {
        StartedAt = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero),
        Machine = "2 cores",
        Command = "hub bench --pupils 200 --days 2",
        Feed = new BenchFeedSettings(200, 2, 1, 4),
        Schools = 4,
        EventsIn = 1000,
        EventsStored = stored,
        EventsDone = stored,
        MeanBodyBytes = 445,
        PublishedPerSecond = 8000,
        HubEventsPerSecond = 100,
        PipelineSeconds = 10,
        TimedOut = timedOut,
        PublishToStored = new LatencySummary(1000, 1500, 9000, 12_345, 13_000),
        WorkerPeakRssBytes = 180L * 1024 * 1024,
        WorkerCpuSeconds = 12.5,
        MassTransitMessagesPerSecond = 9000,
        CopyRowsPerSecond = 40_000,
        Samples = [new BenchSample(1, 500, 400, 300, 200, 12, 1.5, 80), new BenchSample(2, 1000, 1000, 1000, 1000, 0, 0, 0)],
    };

    [Fact]
    public void Should_give_the_ratio_to_the_slower_baseline_when_the_broker_is_slower()
    {
        var result = Result();

        Assert.Equal(9000, result.SlowerBaselinePerSecond);
        Assert.Equal(100 / 9000.0, result.RatioToSlowerBaseline, 10);
    }

    [Fact]
    public void Should_give_the_ratio_to_the_slower_baseline_when_copy_is_slower()
    {
        var result = Result() with { CopyRowsPerSecond = 500 };

        Assert.Equal(0.2, result.RatioToSlowerBaseline, 10);
    }

    [Theory]
    [InlineData(1000, false, true)]
    [InlineData(999, false, false)]
    [InlineData(1000, true, false)]
    public void Should_be_complete_only_when_every_event_was_stored_and_done_in_time(long stored, bool timedOut, bool complete)
    {
        Assert.Equal(complete, Result(stored, timedOut).Complete);
    }

    [Fact]
    public void Should_show_every_measure_when_writing_the_markdown_table()
    {
        var markdown = BenchReport.Markdown(Result());

        Assert.Contains("| hub: stored + evaluated + relayed | **100 events/s** (10.0 s) |", markdown);
        Assert.Contains("| hub / slower baseline | **0.0111** |", markdown);
        Assert.Contains("| publish → stored p50 / p95 / p99 / max | 1500 ms / 9000 ms / 12.3 s / 13.0 s (1,000 events) |", markdown);
        Assert.Contains("| worker peak RSS (VmHWM) | 180 MB |", markdown);
        Assert.Contains("| max outbox lag / max queue depth | 1.5 s / 80 messages |", markdown);
        Assert.Contains("1,000 / 1,000 / 1,000 (complete)", markdown);
        Assert.Contains("`hub bench --pupils 200 --days 2`", markdown);
    }

    [Fact]
    public void Should_mark_an_incomplete_run_when_writing_the_markdown_table()
    {
        Assert.Contains("(INCOMPLETE)", BenchReport.Markdown(Result(stored: 999)));
    }

    [Fact]
    public void Should_carry_the_ratio_and_the_samples_when_writing_json()
    {
        var json = System.Text.Json.JsonDocument.Parse(BenchReport.Json(Result())).RootElement;

        Assert.Equal(100 / 9000.0, json.GetProperty("ratioToSlowerBaseline").GetDouble(), 10);
        Assert.Equal(2, json.GetProperty("samples").GetArrayLength());
        Assert.Equal(12_345, json.GetProperty("publishToStored").GetProperty("p99").GetDouble());
    }
}
