using System.Collections.Concurrent;
using System.Text;
using IntegrationHub.Infrastructure.Gateways.Amqp;
using IntegrationHub.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace IntegrationHub.Infrastructure.Tests.Gateways.Amqp;

/// <summary>
/// The intake channel's acknowledgements on the real broker. What a delivery's state is on the broker shows when the
/// consuming channel closes: every delivery it had not acknowledged goes back to the queue.
/// </summary>
public sealed class DeliveryAcknowledgerTests : IAsyncLifetime
{
    private TestVirtualHost _vhost = null!;
    private IConnection _connection = null!;

    public async Task InitializeAsync()
    {
        _vhost = await TestVirtualHost.CreateAsync();
        _connection = await new ConnectionFactory { Uri = _vhost.AmqpUri }.CreateConnectionAsync();
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _vhost.DisposeAsync();
    }

    [Fact]
    public async Task Should_acknowledge_nothing_while_an_earlier_delivery_is_not_settled()
    {
        var queue = await PublishAsync(10);
        await using (var consumer = await Consumer.StartAsync(_connection, queue, expected: 10))
        {
            await consumer.Acknowledger.SettleAsync(consumer.TagsOf(6, 10), []);
            await consumer.Acknowledger.SettleAsync(consumer.TagsOf(2, 5), []);
        }

        Assert.Equal(Bodies(1, 10), await DrainAsync(queue));
    }

    [Fact]
    public async Task Should_acknowledge_every_delivery_once_all_before_it_are_settled_in_any_order()
    {
        var queue = await PublishAsync(10);
        await using (var consumer = await Consumer.StartAsync(_connection, queue, expected: 10))
        {
            await consumer.Acknowledger.SettleAsync(consumer.TagsOf(6, 10), []);
            await consumer.Acknowledger.SettleAsync(consumer.TagsOf(1, 5), []);
            await consumer.Acknowledger.SettleAsync([], []);
        }

        Assert.Empty(await DrainAsync(queue));
    }

    [Fact]
    public async Task Should_return_a_delivery_that_was_not_recorded_while_acknowledging_those_around_it()
    {
        var queue = await PublishAsync(10);
        await using (var consumer = await Consumer.StartAsync(_connection, queue, expected: 10))
        {
            await consumer.Acknowledger.SettleAsync([.. consumer.TagsOf(1, 3), .. consumer.TagsOf(5, 10)], consumer.TagsOf(4, 4));
            Assert.Equal("4", await consumer.NextRedeliveryAsync());
        }

        // Only the returned delivery (redelivered to the consumer, then left unsettled) is back in the queue.
        Assert.Equal(["4"], await DrainAsync(queue));
    }

    [Fact]
    public async Task Should_drop_a_refused_delivery_without_requeueing_it()
    {
        var queue = await PublishAsync(3);
        await using (var consumer = await Consumer.StartAsync(_connection, queue, expected: 3))
        {
            await consumer.Acknowledger.SettleAsync([], consumer.TagsOf(1, 1), requeue: false);
            await consumer.Acknowledger.SettleAsync(consumer.TagsOf(2, 2), []);
        }

        Assert.Equal(["3"], await DrainAsync(queue));
    }

    private async Task<string> PublishAsync(int count)
    {
        var queue = "ack-" + Guid.NewGuid().ToString("N")[..8];
        await using var channel = await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await channel.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: false);
        foreach (var body in Bodies(1, count))
        {
            await channel.BasicPublishAsync(string.Empty, queue, Encoding.UTF8.GetBytes(body));
        }

        return queue;
    }

    private async Task<string[]> DrainAsync(string queue)
    {
        await using var channel = await _connection.CreateChannelAsync();
        var bodies = new List<string>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
        {
            bodies.Add(Encoding.UTF8.GetString(message.Body.Span));
        }

        return [.. bodies];
    }

    private static string[] Bodies(int from, int to) => Enumerable.Range(from, to - from + 1).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Consumes a queue as the gateway does: each delivery registered as it arrives.</summary>
    private sealed class Consumer : IAsyncDisposable
    {
        private readonly IChannel _channel;
        private readonly ConcurrentDictionary<string, ulong> _firstTags = new();
        private readonly ConcurrentQueue<string> _redelivered = new();
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _expected;

        private Consumer(IChannel channel, int expected)
        {
            _channel = channel;
            _expected = expected;
            Acknowledger = new DeliveryAcknowledger(channel, NullLogger.Instance);
        }

        public DeliveryAcknowledger Acknowledger { get; }

        public static async Task<Consumer> StartAsync(IConnection connection, string queue, int expected)
        {
            var channel = await connection.CreateChannelAsync();
            await channel.BasicQosAsync(0, 100, global: false);
            var consumer = new Consumer(channel, expected);
            var basic = new AsyncEventingBasicConsumer(channel);
            basic.ReceivedAsync += (_, delivery) => consumer.ReceiveAsync(delivery);
            await channel.BasicConsumeAsync(queue, autoAck: false, basic);
            await consumer._all.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return consumer;
        }

        /// <summary>The delivery tags of the messages with these bodies (as first delivered).</summary>
        public ulong[] TagsOf(int from, int to) => Bodies(from, to).Select(body => _firstTags[body]).ToArray();

        public async Task<string> NextRedeliveryAsync()
        {
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (DateTime.UtcNow < deadline)
            {
                if (_redelivered.TryDequeue(out var body))
                {
                    return body;
                }

                await Task.Delay(20);
            }

            throw new TimeoutException("No delivery came back.");
        }

        public async ValueTask DisposeAsync()
        {
            await _channel.CloseAsync();
            await _channel.DisposeAsync();
            Acknowledger.Dispose();
        }

        private async Task ReceiveAsync(BasicDeliverEventArgs delivery)
        {
            await Acknowledger.RegisterAsync(delivery.DeliveryTag);
            var body = Encoding.UTF8.GetString(delivery.Body.Span);
            if (!_firstTags.TryAdd(body, delivery.DeliveryTag))
            {
                _redelivered.Enqueue(body);
            }
            else if (Interlocked.Decrement(ref _expected) == 0)
            {
                _all.TrySetResult();
            }
        }
    }
}
