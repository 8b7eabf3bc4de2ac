using IntegrationHub.Cli.Bench;

namespace IntegrationHub.Cli.Tests.Bench;

public sealed class BenchFeedSizingTests
{
    private static readonly BenchFeedSettings Small = new(Pupils: 1000, Days: 2, Seed: 1, Schools: 10);

    [Fact]
    public void Should_estimate_within_two_percent_of_a_generated_feed()
    {
        var settings = new BenchFeedSettings(600, 10, 7, 6);

        var generated = BenchFeedGenerator.Stream(settings).LongCount();

        Assert.InRange(BenchFeedSizing.Estimate(settings), generated * 0.98, generated * 1.02);
    }

    [Fact]
    public void Should_keep_the_feed_when_it_already_holds_the_events()
    {
        Assert.Same(Small, BenchFeedSizing.ForEvents(Small, 5_000, availableDays: 60));
    }

    [Fact]
    public void Should_add_school_days_first_when_the_feed_is_too_small()
    {
        var grown = BenchFeedSizing.ForEvents(Small, 100_000, availableDays: 60);

        Assert.Equal(Small.Pupils, grown.Pupils);
        Assert.InRange(grown.Days, 3, 60);
        Assert.True(BenchFeedSizing.Estimate(grown) >= 100_000);
        Assert.True(BenchFeedSizing.Estimate(grown with { Days = grown.Days - 1 }) < 100_000);
    }

    [Fact]
    public void Should_add_pupils_when_every_school_day_is_not_enough()
    {
        var grown = BenchFeedSizing.ForEvents(Small, 1_650_000, availableDays: 60);

        Assert.Equal(60, grown.Days);
        Assert.InRange(grown.Pupils, 1001, BenchFeedGenerator.MaxPupils);
        Assert.True(BenchFeedSizing.Estimate(grown) >= 1_650_000);
    }

    [Fact]
    public void Should_stop_at_the_largest_feed_when_more_events_are_asked_than_it_can_hold()
    {
        var grown = BenchFeedSizing.ForEvents(Small, long.MaxValue, availableDays: 60);

        Assert.Equal(new BenchFeedSettings(BenchFeedGenerator.MaxPupils, 60, Small.Seed, Small.Schools), grown);
    }

    [Fact]
    public void Should_size_for_rate_times_duration_with_headroom_when_paced()
    {
        var grown = BenchFeedSizing.ForDuration(Small, rate: 1000, seconds: 300, availableDays: 60);

        Assert.True(BenchFeedSizing.Estimate(grown) >= 300_000 * BenchFeedSizing.Headroom);
    }

    [Fact]
    public void Should_take_the_largest_feed_when_unpaced()
    {
        Assert.Equal(
            BenchFeedSizing.ForEvents(Small, long.MaxValue, 60),
            BenchFeedSizing.ForDuration(Small, rate: 0, seconds: 300, availableDays: 60));
    }
}
