using IntegrationHub.Cli.Bench;

namespace IntegrationHub.Cli.Tests.Bench;

public sealed class PacerTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(1000, 1000)]
    [InlineData(1500, 1500)]
    public void Should_make_message_n_due_n_per_rate_seconds_after_the_start_when_paced_at_a_thousand(long index, double milliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), new Pacer(1000).DueAt(index));
    }

    [Fact]
    public void Should_wait_the_rest_of_the_interval_when_the_message_is_not_due_yet()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(150), new Pacer(10).Wait(index: 5, elapsed: TimeSpan.FromMilliseconds(350)));
    }

    [Fact]
    public void Should_not_wait_when_the_message_is_due_or_late()
    {
        var pacer = new Pacer(10);

        Assert.Equal(TimeSpan.Zero, pacer.Wait(index: 5, elapsed: TimeSpan.FromMilliseconds(500)));
        Assert.Equal(TimeSpan.Zero, pacer.Wait(index: 5, elapsed: TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public void Should_keep_the_schedule_of_the_first_publish_when_a_wake_up_was_late()
    {
        // Message 10 of 100/s is due at 100 ms whether message 9 went out on time or 40 ms late.
        var pacer = new Pacer(100);

        Assert.Equal(TimeSpan.FromMilliseconds(10), pacer.Wait(index: 10, elapsed: TimeSpan.FromMilliseconds(90)));
        Assert.Equal(TimeSpan.Zero, pacer.Wait(index: 10, elapsed: TimeSpan.FromMilliseconds(130)));
    }

    [Fact]
    public void Should_make_every_message_due_at_once_when_unpaced()
    {
        Assert.False(Pacer.Unpaced.IsPaced);
        Assert.Equal(TimeSpan.Zero, Pacer.Unpaced.DueAt(1_000_000));
        Assert.Equal(TimeSpan.Zero, Pacer.Unpaced.Wait(1_000_000, TimeSpan.Zero));
    }
}
