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
}
