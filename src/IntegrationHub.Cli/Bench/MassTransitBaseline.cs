using System.Diagnostics;
using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Messaging;
using MassTransit;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// The raw broker baseline of <c>hub bench</c>: a MassTransit bus on the same broker (its own queue,
/// <see cref="QueueName"/>, in the bench vhost), publisher confirms on (MassTransit's default), sending
/// <c>count</c> messages whose body is the feed's mean body size (MassTransit's envelope comes on top) to a no-op consumer, up to <see cref="SchoolPublisher.Window"/> unconfirmed
/// at a time, after <see cref="WarmUp"/> untimed ones. Messages per second from the first send to the last consume.
/// </summary>
internal static class MassTransitBaseline
{
    public const string QueueName = "bench.baseline";

    /// <summary>Messages sent and consumed before the clock starts, so the baseline does not time the JIT and connection set-up.</summary>
    public const int WarmUp = 500;

    /// <summary>As the hub's AMQP intake (Gateways:Amqp:PrefetchCount); MassTransit's default, twice the cores, would starve the consumer.</summary>
    public const int PrefetchCount = 64;

    public static async Task<double> RunAsync(RabbitMqOptions rabbit, int count, int bodyBytes, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var counter = new ConsumedCounter();
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, h =>
            {
                h.Username(rabbit.Username);
                h.Password(rabbit.Password);
                h.PublisherConfirmation = true;
            });
            cfg.UseCompactJson(); // as the hub's bus: the same envelope on both sides of the comparison
            cfg.ReceiveEndpoint(QueueName, e =>
            {
                e.PrefetchCount = PrefetchCount;
                e.Consumer(() => new NoOpConsumer(counter));
            });
        });
        await bus.StartAsync(cancellationToken);
        try
        {
            var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{QueueName}"));
            var message = new BaselineMessage(new string('x', bodyBytes));
            await SendAndConsumeAsync(endpoint, message, counter, WarmUp, timeout, cancellationToken);
            var stopwatch = Stopwatch.StartNew();
            await SendAndConsumeAsync(endpoint, message, counter, count, timeout, cancellationToken);
            return count / stopwatch.Elapsed.TotalSeconds;
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }
    }

    private static async Task SendAndConsumeAsync(ISendEndpoint endpoint, BaselineMessage message, ConsumedCounter counter, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var target = counter.Count + count;
        var pending = new Queue<Task>();
        for (var i = 0; i < count; i++)
        {
            if (pending.Count >= SchoolPublisher.Window)
            {
                await Confirmed(pending.Dequeue(), timeout, cancellationToken);
            }

            pending.Enqueue(endpoint.Send(message, cancellationToken));
        }

        await Confirmed(Task.WhenAll(pending), timeout, cancellationToken);
        var until = DateTime.UtcNow + timeout;
        while (counter.Count < target && DateTime.UtcNow < until)
        {
            await Task.Delay(5, cancellationToken);
        }

        if (counter.Count < target)
        {
            throw new TimeoutException($"the MassTransit baseline consumed {count - (target - counter.Count)} of {count} within {timeout}");
        }
    }

    /// <summary>
    /// A send's publisher confirm, waited for at most <paramref name="timeout"/>: once (2026-12-02) a send never completed
    /// although the broker showed nothing unconfirmed, and the bench hung after the hub's run instead of reporting.
    /// </summary>
    private static async Task Confirmed(Task send, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await send.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException($"the MassTransit baseline waited more than {timeout} for a publisher confirm", exception);
        }
    }
}
