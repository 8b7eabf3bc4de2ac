using IntegrationHub.Application.Duo.Status;

namespace IntegrationHub.Application.Tests.Duo.Status;

public sealed class PollAlertTests
{
    private static readonly DateTimeOffset Start = new(2027, 11, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_count_from_the_start_when_the_poll_never_succeeded_and_from_the_last_success_otherwise()
    {
        Assert.Equal(TimeSpan.FromMinutes(40), PollAlert.Age(null, Start, Start.AddMinutes(40)));
        Assert.Equal(TimeSpan.FromMinutes(5), PollAlert.Age(Start.AddMinutes(35), Start, Start.AddMinutes(40)));
    }

    [Fact]
    public void Should_be_overdue_from_the_configured_time_on()
    {
        Assert.False(PollAlert.IsOverdue(TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30)));
        Assert.True(PollAlert.IsOverdue(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void Should_raise_once_per_episode_and_clear_on_success()
    {
        var (alerting, raised) = PollAlert.Next(false, overdue: true);
        var (still, again) = PollAlert.Next(alerting, overdue: true);
        var (cleared, transition) = PollAlert.Next(still, overdue: false);

        Assert.Equal((true, PollAlertTransition.Raised), (alerting, raised));
        Assert.Equal((true, PollAlertTransition.None), (still, again));
        Assert.Equal((false, PollAlertTransition.Cleared), (cleared, transition));
    }

    [Fact]
    public void Should_ask_from_the_watermark_less_the_overlap()
    {
        Assert.Equal(Start.AddMinutes(-2), PollWindow.Since(Start, TimeSpan.FromMinutes(2)));
        Assert.Equal(Start, PollWindow.Since(Start, TimeSpan.Zero));
    }
}
