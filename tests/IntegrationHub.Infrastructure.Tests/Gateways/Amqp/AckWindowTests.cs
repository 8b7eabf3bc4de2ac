using IntegrationHub.Infrastructure.Gateways.Amqp;

namespace IntegrationHub.Infrastructure.Tests.Gateways.Amqp;

/// <summary>Which acknowledgement the intake channel sends: never one that covers a delivery not yet settled.</summary>
public sealed class AckWindowTests
{
    [Fact]
    public void Should_acknowledge_a_batch_with_one_multiple_ack_at_its_last_tag()
    {
        var window = Registered(1, 100);

        Assert.Equal(100UL, window.Settle(Tags(1, 100), []));
        Assert.Equal(0, window.Outstanding);
    }

    [Fact]
    public void Should_hold_a_later_batch_until_the_batch_before_it_is_settled()
    {
        var window = Registered(1, 200);

        Assert.Null(window.Settle(Tags(101, 200), []));
        Assert.Equal(200, window.Outstanding);
        Assert.Equal(200UL, window.Settle(Tags(1, 100), []));
        Assert.Equal(0, window.Outstanding);
    }

    [Fact]
    public void Should_stop_at_the_first_delivery_not_yet_settled()
    {
        var window = Registered(1, 10);

        Assert.Equal(3UL, window.Settle([1, 2, 3, 5, 6], []));
        Assert.Equal(7, window.Outstanding);
        Assert.Equal(6UL, window.Settle([4], []));
        Assert.Null(window.Settle([8, 9, 10], []));
        Assert.Equal(10UL, window.Settle([7], []));
    }

    [Fact]
    public void Should_pass_over_a_delivery_answered_on_its_own_without_acknowledging_it_alone()
    {
        var window = Registered(1, 5);

        // 3 was nacked on its own: the multiple ack at 5 passes over it (it is no longer outstanding on the broker).
        Assert.Equal(5UL, window.Settle([1, 2, 4, 5], [3]));
        Assert.Equal(0, window.Outstanding);
    }

    [Fact]
    public void Should_not_acknowledge_when_the_settled_run_ends_with_deliveries_answered_on_their_own()
    {
        var window = Registered(1, 4);

        Assert.Equal(2UL, window.Settle([1, 2], []));
        Assert.Null(window.Settle([], [3, 4]));
        Assert.Equal(0, window.Outstanding);
    }

    [Fact]
    public void Should_refuse_a_tag_registered_out_of_delivery_order()
    {
        var window = Registered(1, 3);

        Assert.Throws<InvalidOperationException>(() => window.Register(2));
    }

    [Fact]
    public void Should_keep_registering_after_the_window_emptied()
    {
        var window = Registered(1, 2);
        Assert.Equal(2UL, window.Settle([1, 2], []));

        Assert.Throws<InvalidOperationException>(() => window.Register(2));
        window.Register(3);
        Assert.Equal(1, window.Outstanding);
        Assert.Equal(3UL, window.Settle([3], []));
    }

    private static AckWindow Registered(ulong from, ulong to)
    {
        var window = new AckWindow();
        foreach (var tag in Tags(from, to))
        {
            window.Register(tag);
        }

        return window;
    }

    private static ulong[] Tags(ulong from, ulong to) =>
        Enumerable.Range((int)from, (int)(to - from + 1)).Select(tag => (ulong)tag).ToArray();
}
