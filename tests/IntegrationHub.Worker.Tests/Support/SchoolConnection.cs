using IntegrationHub.Application.Messaging;
using IntegrationHub.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace IntegrationHub.Worker.Tests.Support;

/// <summary>An LVS connected as the school's own RabbitMQ user: publishes to its exchange, reads its feedback queue.</summary>
public sealed class SchoolConnection : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private SchoolConnection(string brin, string user, IConnection connection, IChannel channel)
    {
        Brin = brin;
        User = user;
        _connection = connection;
        _channel = channel;
    }

    public string Brin { get; }

    public string User { get; }

    public bool IsOpen => _connection.IsOpen && _channel.IsOpen;

    /// <summary>Why the broker closed the channel (e.g. 403 ACCESS_REFUSED), or null while it is open.</summary>
    public ShutdownEventArgs? ChannelCloseReason => _channel.CloseReason;

    public static async Task<SchoolConnection> OpenAsync(string virtualHost, string brin, string user, string password)
    {
        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.MqHost,
            Port = TestEnvironment.MqPort,
            VirtualHost = virtualHost,
            UserName = user,
            Password = password,
            ClientProvidedName = "worker-tests-lvs-" + brin,
        };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new SchoolConnection(brin, user, connection, channel);
    }

    /// <summary>Publishes to the school's own exchange (or <paramref name="exchange"/>), persistent, and waits for the broker's confirm.</summary>
    public async Task PublishAsync(ReadOnlyMemory<byte> body, string? type = "AttendanceRegistered", string contentType = "application/json", string? exchange = null)
    {
        var properties = new BasicProperties
        {
            Persistent = true,
            ContentType = contentType,
            Type = type,
            UserId = User,
        };
        await _channel.BasicPublishAsync(exchange ?? Topology.InboundExchange(Brin), string.Empty, mandatory: false, properties, body);
    }

    /// <summary>Reads feedback until <paramref name="count"/> messages arrived or the time is up.</summary>
    public async Task<IReadOnlyList<FeedbackMessage>> ReadFeedbackAsync(int count, TimeSpan timeout)
    {
        var messages = new List<FeedbackMessage>();
        var deadline = DateTime.UtcNow + timeout;
        while (messages.Count < count && DateTime.UtcNow < deadline)
        {
            var result = await _channel.BasicGetAsync(Topology.FeedbackQueue(Brin), autoAck: true);
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
