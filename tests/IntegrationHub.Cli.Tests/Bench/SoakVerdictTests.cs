using IntegrationHub.Cli.Bench;

namespace IntegrationHub.Cli.Tests.Bench;

public sealed class SoakVerdictTests
{
    private const long Mb = 1024 * 1024;

    [Fact]
    public void Should_find_memory_flat_and_no_lag_growth_when_rss_lag_and_depth_hold_level()
    {
        var minutes = Minutes(30, rss: m => (200 + (m % 3)) * Mb, lag: _ => 0.4, depth: _ => 50);

        var verdict = SoakVerdict.Of(minutes);

        Assert.True(verdict.Passed, verdict.Memory + " / " + verdict.Lag);
    }

    [Fact]
    public void Should_find_memory_growing_when_rss_climbs_every_minute()
    {
        var minutes = Minutes(30, rss: m => (200 + (4 * m)) * Mb, lag: _ => 0.4, depth: _ => 50);

        var verdict = SoakVerdict.Of(minutes);

        Assert.False(verdict.MemoryFlat, verdict.Memory);
        Assert.True(verdict.LagFlat, verdict.Lag);
    }

    [Fact]
    public void Should_find_lag_growing_when_the_hub_falls_behind_the_offered_rate()
    {
        var minutes = Minutes(30, rss: _ => 200 * Mb, lag: m => m * 2.0, depth: m => m * 500L);

        var verdict = SoakVerdict.Of(minutes);

        Assert.True(verdict.MemoryFlat, verdict.Memory);
        Assert.False(verdict.LagFlat, verdict.Lag);
    }

    [Fact]
    public void Should_give_no_passing_verdict_when_the_soak_lasted_less_than_two_minutes()
    {
        Assert.False(SoakVerdict.Of(Minutes(1, _ => 200 * Mb, _ => 0, _ => 0)).Passed);
    }

    [Fact]
    public void Should_read_vmrss_in_bytes_when_parsing_proc_status()
    {
        const string status = "Name:\tdotnet\nVmPeak:\t 3000000 kB\nVmHWM:\t  184320 kB\nVmRSS:\t  150000 kB\n";

        Assert.Equal(150_000L * 1024, ProcessStats.ParseRss(status));
    }

    private static List<SoakMinute> Minutes(int count, Func<int, long> rss, Func<int, double> lag, Func<int, long> depth) =>
        [.. Enumerable.Range(1, count).Select(m => new SoakMinute(m, m * 13_200L, m * 13_200L, rss(m), lag(m), 0, depth(m)))];
}
