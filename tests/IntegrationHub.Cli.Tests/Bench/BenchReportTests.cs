using IntegrationHub.Cli.Bench;

namespace IntegrationHub.Cli.Tests.Bench;

public sealed class BenchReportTests
{
    private static BenchRunResult Run(long stored = 1000, bool timedOut = false, int scale = 1, int workers = 1, bool atCommit = true) => new()
    {
        Scale = scale,
        Feed = new BenchFeedSettings(200 * scale, 2, 1, 4),
        OfferedRate = 0,
        EventsIn = 1000,
        EventsStored = stored,
        EventsEvaluated = stored,
        EventsDone = stored,
        MeanBodyBytes = 445,
        PublishedPerSecond = 8000,
        PublishSeconds = 0.1,
        PublishMaxBehindMilliseconds = 0,
        HubEventsPerSecond = 100,
        PipelineSeconds = 10,
        TimedOut = timedOut,
        PublishToStored = new LatencySummary(1000, 1500, 9000, 12_345, 13_000),
        PublishToFinding = new LatencySummary(1000, 1800, 9500, 12_900, 14_000),
        FindingAtCommit = atCommit,
        Workers = Enumerable.Range(0, workers).Select(i => new BenchWorkerStats(5000 + i, (180L + i) * 1024 * 1024, 12.5)).ToList(),
        Samples = [new BenchSample(1, 500, 400, 300, 200, 12, 1.5, 80), new BenchSample(2, 1000, 1000, 1000, 1000, 0, 0, 0)],
        RatioToSlowerBaseline = 100 / 9000.0,
    };

    private static BenchResult Result(params BenchRunResult[] runs) => new()
    {
        StartedAt = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero),
        Machine = "2 cores",
        Command = "hub bench --pupils 200 --days 2",
        Feed = new BenchFeedSettings(200, 2, 1, 4),
        Schools = 4,
        Runs = runs.Length == 0 ? [Run()] : runs,
        BaselineMessages = 1000,
        MassTransitMessagesPerSecond = 9000,
        CopyRowsPerSecond = 40_000,
    };

    [Theory]
    [InlineData(1000, false, true)]
    [InlineData(999, false, false)]
    [InlineData(1000, true, false)]
    public void Should_be_complete_only_when_every_event_was_stored_and_done_in_time(long stored, bool timedOut, bool complete)
    {
        Assert.Equal(complete, Run(stored, timedOut).Complete);
        Assert.Equal(complete, Result(Run(), Run(stored, timedOut, scale: 4)).Complete);
    }

    [Fact]
    public void Should_give_the_slower_baseline_when_the_broker_is_slower()
    {
        Assert.Equal(9000, Result().SlowerBaselinePerSecond);
        Assert.Equal(500, (Result() with { CopyRowsPerSecond = 500 }).SlowerBaselinePerSecond);
    }

    [Fact]
    public void Should_show_every_measure_of_a_run_when_writing_the_markdown()
    {
        var markdown = BenchReport.Markdown(Result());

        Assert.Contains("| hub: stored + evaluated + relayed, sustained over the run | **100 events/s** (10.0 s) |", markdown);
        Assert.Contains("| offered | as fast as possible |", markdown);
        Assert.Contains("| hub / slower baseline | **0.0111** |", markdown);
        Assert.Contains("| publish → stored p50 / p95 / p99 / max | 1500 ms / 9000 ms / 12.3 s / 13.0 s (1,000 events) |", markdown);
        Assert.Contains("| publish → finding committed p50 / p95 / p99 / max | 1800 ms / 9500 ms / 12.9 s / 14.0 s (1,000 events) |", markdown);
        Assert.Contains("| worker 1 (port 5000): peak RSS (VmHWM) / CPU time (user + system) | 180 MB / 12.5 s |", markdown);
        Assert.Contains("| max outbox lag / max queue depth | 1.5 s / 80 messages |", markdown);
        Assert.Contains("1,000 / 1,000 / 1,000 / 1,000 (complete)", markdown);
        Assert.Contains("| MassTransit send + no-op consume, confirms (1,000 messages) | 9,000 messages/s |", markdown);
        Assert.Contains("`hub bench --pupils 200 --days 2`", markdown);
    }

    [Fact]
    public void Should_give_one_line_per_run_with_throughput_and_p99_when_writing_a_scale_curve()
    {
        var markdown = BenchReport.Markdown(Result(Run(), Run(scale: 4, workers: 2)));

        Assert.Contains("| 200 pupils ×1, 1 worker | 1,000 | **100** | 0.0111 | 12.3 s | 12.9 s | 180 MB | 12.5 s | yes |", markdown);
        Assert.Contains("| 800 pupils ×4, 2 workers | 1,000 | **100** | 0.0111 | 12.3 s | 12.9 s | 181 MB | 25.0 s | yes |", markdown);
        Assert.Contains("## 800 pupils ×4, 2 workers", markdown);
        Assert.Contains("| worker 2 (port 5001): peak RSS (VmHWM) / CPU time (user + system) | 181 MB / 12.5 s |", markdown);
    }

    [Fact]
    public void Should_show_the_offered_rate_and_how_far_the_publisher_fell_behind_when_paced()
    {
        var markdown = BenchReport.Details(Run() with { OfferedRate = 1000, PublishMaxBehindMilliseconds = 3.4 });

        Assert.Contains("| offered | 1,000 events/s (the publisher at worst 3 ms behind) |", markdown);
    }

    [Fact]
    public void Should_say_where_the_finding_latency_ends_when_the_server_keeps_no_commit_times()
    {
        var markdown = BenchReport.Details(Run(atCommit: false));

        Assert.Contains("| publish → finding evaluation began p50 / p95 / p99 / max |", markdown);
        Assert.Contains("`track_commit_timestamp` is off", markdown);
    }

    [Fact]
    public void Should_mark_an_incomplete_run_when_writing_the_markdown()
    {
        var markdown = BenchReport.Markdown(Result(Run(stored: 999)));

        Assert.Contains("(INCOMPLETE)", markdown);
        Assert.Contains("| NO |", markdown);
    }

    [Fact]
    public void Should_carry_the_runs_with_ratio_latencies_workers_and_samples_when_writing_json()
    {
        var json = System.Text.Json.JsonDocument.Parse(BenchReport.Json(Result(Run(), Run(scale: 4, workers: 2)))).RootElement;

        var runs = json.GetProperty("runs");
        Assert.Equal(2, runs.GetArrayLength());
        Assert.Equal(100 / 9000.0, runs[0].GetProperty("ratioToSlowerBaseline").GetDouble(), 10);
        Assert.Equal(2, runs[0].GetProperty("samples").GetArrayLength());
        Assert.Equal(12_345, runs[0].GetProperty("publishToStored").GetProperty("p99").GetDouble());
        Assert.Equal(12_900, runs[0].GetProperty("publishToFinding").GetProperty("p99").GetDouble());
        Assert.Equal(2, runs[1].GetProperty("workers").GetArrayLength());
        Assert.Equal(4, runs[1].GetProperty("scale").GetInt32());
        Assert.Equal(9000, json.GetProperty("massTransitMessagesPerSecond").GetDouble());
    }
}
