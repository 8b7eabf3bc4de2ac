using IntegrationHub.Cli.Bench;

namespace IntegrationHub.Cli.Tests.Bench;

public sealed class PercentilesTests
{
    [Theory]
    [InlineData(50, 50)]
    [InlineData(95, 95)]
    [InlineData(99, 99)]
    [InlineData(100, 100)]
    [InlineData(0, 1)]
    public void Should_give_the_nearest_rank_when_the_values_are_one_to_a_hundred(double percentile, double expected)
    {
        var values = Enumerable.Range(1, 100).Select(v => (double)v).ToList();

        Assert.Equal(expected, Percentiles.Of(values, percentile));
    }

    [Fact]
    public void Should_sort_before_ranking_when_summarising()
    {
        var summary = Percentiles.Summarise([30, 10, 20, 40]);

        Assert.Equal(new LatencySummary(4, 20, 40, 40, 40), summary);
    }

    [Fact]
    public void Should_give_not_a_number_when_there_are_no_values()
    {
        var summary = Percentiles.Summarise([]);

        Assert.Equal(0, summary.Count);
        Assert.True(double.IsNaN(summary.P50) && double.IsNaN(summary.P99));
    }

    [Fact]
    public void Should_group_latencies_by_publish_window_from_the_first_publish()
    {
        var second = TimeSpan.TicksPerSecond;
        var start = 1_000 * second;
        (long, double)[] latencies =
        [
            (start + 25 * second, 7), (start, 500), (start + 9 * second, 300), (start + 10 * second, 20), (start + 19 * second, 40),
        ];

        var windows = Percentiles.OverTime(latencies, TimeSpan.FromSeconds(10));

        Assert.Equal(
            [new LatencyWindow(0, new LatencySummary(2, 300, 500, 500, 500)), new LatencyWindow(10, new LatencySummary(2, 20, 40, 40, 40)), new LatencyWindow(20, new LatencySummary(1, 7, 7, 7, 7))],
            windows);
    }

    [Fact]
    public void Should_give_no_windows_when_there_are_no_latencies()
    {
        Assert.Empty(Percentiles.OverTime([], TimeSpan.FromSeconds(10)));
    }
}
