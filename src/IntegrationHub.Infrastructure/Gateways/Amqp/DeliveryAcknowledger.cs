using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>
/// Answers the intake channel's deliveries through an <see cref="AckWindow"/>: deliveries that go back to the queue
/// (or are refused) get their own nack at once, recorded ones are covered by one ack with multiple as soon as every
/// delivery before them is settled. One lock orders the window and the frames it asks for, so a nack always reaches
/// the broker before a multiple ack that passes over its tag, and a multiple ack never follows a later one.
/// </summary>
internal sealed class DeliveryAcknowledger(IChannel channel, ILogger logger) : IDisposable
{
    private readonly AckWindow _window = new();
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>A delivery as it arrives, before anything can settle it (the consumer's dispatch is serial).</summary>
    public async Task RegisterAsync(ulong deliveryTag)
    {
        await _lock.WaitAsync(CancellationToken.None);
        try
        {
            _window.Register(deliveryTag);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>
    /// Settles deliveries: the recorded ones are acknowledged (once the deliveries before them are settled too), the
    /// returned ones are nacked on their own, back to the queue when <paramref name="requeue"/>, else dead-lettered.
    /// </summary>
    public async Task SettleAsync(IReadOnlyCollection<ulong> recorded, IReadOnlyCollection<ulong> returned, bool requeue = true)
    {
        await _lock.WaitAsync(CancellationToken.None);
        try
        {
            // The window first: a closed channel must not leave these tags holding back every later acknowledgement.
            var ackUpTo = _window.Settle(recorded, returned);
            foreach (var tag in returned)
            {
                await SendAsync(() => channel.BasicNackAsync(tag, multiple: false, requeue, CancellationToken.None));
            }

            if (ackUpTo is { } upTo)
            {
                await SendAsync(() => channel.BasicAckAsync(upTo, multiple: true, CancellationToken.None));
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    private async Task SendAsync(Func<ValueTask> frame)
    {
        try
        {
            await frame();
        }
        catch (AlreadyClosedException exception)
        {
            AmqpGatewayLog.SettleFailed(logger, exception);
        }
    }
}
