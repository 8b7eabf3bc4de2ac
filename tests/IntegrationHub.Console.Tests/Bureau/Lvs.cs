using System.Text.Json;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Testing;
using RabbitMQ.Client;

namespace IntegrationHub.Console.Tests.Bureau;

/// <summary>
/// A school's LVS on the real broker as the school's own RabbitMQ user: publishes contract messages (plain JSON, the contract
/// name as AMQP type) on its exchange and reads everything from its feedback queue, so a test can wait for one message.
/// </summary>
public sealed class Lvs : IAsyncDisposable
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly List<FeedbackMessage> _received = [];

    private Lvs(string brin, string user, IConnection connection, IChannel channel)
    {
        Brin = brin;
        User = user;
        _connection = connection;
        _channel = channel;
    }

    public string Brin { get; }

    public string User { get; }

    /// <summary>Every feedback message read so far, oldest first.</summary>
    public IReadOnlyList<FeedbackMessage> Received => _received;

    public static async Task<Lvs> OpenAsync(string virtualHost, string brin, string user, string password)
    {
        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.MqHost,
            Port = TestEnvironment.MqPort,
            VirtualHost = virtualHost,
            UserName = user,
            Password = password,
            ClientProvidedName = "console-tests-lvs-" + brin,
        };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new Lvs(brin, user, connection, channel);
    }

    public async Task PublishAllAsync(IEnumerable<object> messages)
    {
        foreach (var message in messages)
        {
            var properties = new BasicProperties { Persistent = true, ContentType = "application/json", Type = message.GetType().Name, UserId = User };
            await _channel.BasicPublishAsync(Topology.InboundExchange(Brin), string.Empty, mandatory: false, properties,
                JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), Json));
        }
    }

    /// <summary>The first feedback message (read now or before) that is <paramref name="wanted"/>; fails after <see cref="Bound"/>.</summary>
    public async Task<FeedbackMessage> WaitForAsync(Func<FeedbackMessage, bool> wanted, string what)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (true)
        {
            if (_received.FirstOrDefault(wanted) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new Xunit.Sdk.XunitException(
                    $"No {what} within {Bound.TotalSeconds} s; saw {_received.Count}: {string.Join(", ", _received.Select(m => m.ShortType).Distinct())}");
            }

            var result = await _channel.BasicGetAsync(Topology.FeedbackQueue(Brin), autoAck: true);
            if (result is null)
            {
                await Task.Delay(200);
                continue;
            }

            _received.Add(FeedbackMessage.Parse(result.Body));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
