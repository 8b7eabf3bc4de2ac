using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Partners;
using IntegrationHub.Testing;
using RabbitMQ.Client;

namespace IntegrationHub.Console.Tests.School;

/// <summary>
/// A connection to the test vhost that reads one queue (a partner's, or a school's feedback) and, as a school's LVS, publishes
/// to the school's own exchange. Everything read is kept in <see cref="All"/>.
/// </summary>
public sealed class QueueReader : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;
    private readonly string? _user;
    private readonly List<BrokerMessage> _all = [];

    private QueueReader(IConnection connection, IChannel channel, string queue, string? user)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
        _user = user;
    }

    public IReadOnlyList<BrokerMessage> All => _all;

    /// <summary>What partner organisation <paramref name="organisationId"/> receives, read with the hub's own user (queue declared as `hub org add` does).</summary>
    public static async Task<QueueReader> PartnerAsync(string virtualHost, PartnerKind kind, string organisationId)
    {
        var (connection, channel) = await OpenAsync(virtualHost, TestEnvironment.MqUser, TestEnvironment.MqPassword);
        await PartnerTopology.DeclareAsync(channel, kind, organisationId, CancellationToken.None);
        return new QueueReader(connection, channel, Topology.PartnerQueue(kind, organisationId), null);
    }

    /// <summary>The school's LVS: its own broker user, publishing to school.BRIN.in and reading school.BRIN.feedback.</summary>
    public static async Task<QueueReader> SchoolAsync(string virtualHost, string brin, string user, string password)
    {
        var (connection, channel) = await OpenAsync(virtualHost, user, password);
        return new QueueReader(connection, channel, Topology.FeedbackQueue(brin), user) { Brin = brin };
    }

    public string? Brin { get; private init; }

    public async Task PublishAsync(byte[] body, string type)
    {
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json", Type = type, UserId = _user };
        await _channel.BasicPublishAsync(Topology.InboundExchange(Brin!), string.Empty, mandatory: false, properties, body);
    }

    /// <summary>Reads until a message matching <paramref name="match"/> arrived (or fails after <paramref name="timeout"/>, default 90 s).</summary>
    public async Task<BrokerMessage> WaitForAsync(Func<BrokerMessage, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        var seen = _all.FirstOrDefault(match);
        while (seen is null)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Nothing matching on {_queue}; read so far: {string.Join(", ", _all.Select(m => m.ShortType))}");
            }

            var result = await _channel.BasicGetAsync(_queue, autoAck: true);
            if (result is null)
            {
                await Task.Delay(100);
                continue;
            }

            var message = BrokerMessage.Parse(result.Body);
            _all.Add(message);
            seen = match(message) ? message : null;
        }

        return seen;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private static async Task<(IConnection, IChannel)> OpenAsync(string virtualHost, string user, string password)
    {
        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.MqHost,
            Port = TestEnvironment.MqPort,
            VirtualHost = virtualHost,
            UserName = user,
            Password = password,
            ClientProvidedName = "console-tests-" + user,
        };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return (connection, channel);
    }
}
