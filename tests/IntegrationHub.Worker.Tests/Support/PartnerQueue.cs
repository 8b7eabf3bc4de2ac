using IntegrationHub.Application.Messaging;
using IntegrationHub.Testing;
using RabbitMQ.Client;

namespace IntegrationHub.Worker.Tests.Support;

/// <summary>
/// What a partner would receive: a test queue, read with the hub's administrator user, bound to the message-type
/// exchanges the relay publishes partner-bound messages to. The exchanges are declared first exactly as MassTransit
/// declares them (durable fanout, not auto-delete), so binding works before the worker ever published one.
/// </summary>
public sealed class PartnerQueue : IAsyncDisposable
{
    private static readonly Type[] PartnerBound = [typeof(VerzuimmeldingReady), typeof(VerzuimmeldingEinddatumSet), typeof(VerzuimmeldingWithdrawn)];

    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;

    private PartnerQueue(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    /// <summary>MassTransit's exchange name for a message type: "Namespace:TypeName".</summary>
    public static string ExchangeOf(Type type) => $"{type.Namespace}:{type.Name}";

    public static async Task<PartnerQueue> OpenAsync(string virtualHost)
    {
        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.MqHost,
            Port = TestEnvironment.MqPort,
            VirtualHost = virtualHost,
            UserName = TestEnvironment.MqUser,
            Password = TestEnvironment.MqPassword,
            ClientProvidedName = "worker-tests-partner",
        };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var queue = (await channel.QueueDeclareAsync("test.partner." + Guid.NewGuid().ToString("N")[..8], durable: false, exclusive: true, autoDelete: true)).QueueName;
        foreach (var type in PartnerBound)
        {
            await channel.ExchangeDeclareAsync(ExchangeOf(type), ExchangeType.Fanout, durable: true, autoDelete: false);
            await channel.QueueBindAsync(queue, ExchangeOf(type), routingKey: string.Empty);
        }

        return new PartnerQueue(connection, channel, queue);
    }

    /// <summary>Reads until <paramref name="count"/> messages arrived or the time is up.</summary>
    public async Task<IReadOnlyList<FeedbackMessage>> ReadAsync(int count, TimeSpan timeout)
    {
        var messages = new List<FeedbackMessage>();
        var deadline = DateTime.UtcNow + timeout;
        while (messages.Count < count && DateTime.UtcNow < deadline)
        {
            var result = await _channel.BasicGetAsync(_queue, autoAck: true);
            if (result is null)
            {
                await Task.Delay(100);
                continue;
            }

            messages.Add(FeedbackMessage.Parse(result.Body));
        }

        return messages;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
