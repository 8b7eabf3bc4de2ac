using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Partners;
using IntegrationHub.Testing;
using RabbitMQ.Client;

namespace IntegrationHub.Worker.Tests.Support;

/// <summary>
/// What one partner organisation receives: its own queue (leerplicht.ORG, rmc.REGION, jgz.ORG), declared exactly as
/// `hub org add` declares it, read with the hub's administrator user. Messages stay in the queue until read, so it can
/// be opened before or after the worker sent them.
/// </summary>
public sealed class PartnerQueue : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private PartnerQueue(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        Name = queue;
    }

    public string Name { get; }

    public static async Task<PartnerQueue> OpenAsync(string virtualHost, PartnerKind kind, string organisationId)
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
        await PartnerTopology.DeclareAsync(channel, kind, organisationId, CancellationToken.None);
        return new PartnerQueue(connection, channel, Topology.PartnerQueue(kind, organisationId));
    }

    /// <summary>Reads until <paramref name="count"/> messages arrived or the time is up.</summary>
    public async Task<IReadOnlyList<FeedbackMessage>> ReadAsync(int count, TimeSpan timeout)
    {
        var messages = new List<FeedbackMessage>();
        var deadline = DateTime.UtcNow + timeout;
        while (messages.Count < count && DateTime.UtcNow < deadline)
        {
            var result = await _channel.BasicGetAsync(Name, autoAck: true);
            if (result is null)
            {
                await Task.Delay(100);
                continue;
            }

            messages.Add(FeedbackMessage.Parse(result.Body));
        }

        return messages;
    }

    /// <summary>Reads every message waiting in the queue now.</summary>
    public async Task<IReadOnlyList<FeedbackMessage>> DrainAsync()
    {
        var messages = new List<FeedbackMessage>();
        while (await _channel.BasicGetAsync(Name, autoAck: true) is { } result)
        {
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
