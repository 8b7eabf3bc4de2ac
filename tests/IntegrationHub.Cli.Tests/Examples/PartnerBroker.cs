using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Testing;
using MassTransit;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace IntegrationHub.Cli.Tests.Examples;

/// <summary>
/// A leerplicht organisation on a throw-away vhost of the real broker, set up as the hub sets up a partner: its queue
/// (declared as MassTransit declares a send endpoint), its answer exchange bound to the hub's partner intake queue, and its
/// own broker user that may read that queue and write that exchange, nothing else. Messages reach the queue through the
/// outbox relay's own dispatcher, so they are on the wire exactly as the hub sends them.
/// </summary>
internal sealed class PartnerBroker : IAsyncDisposable
{
    private readonly TestVirtualHost _vhost;
    private readonly HttpClient _management;
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly IBusControl _bus;
    private readonly OutboxDispatcher _relay;

    private PartnerBroker(TestVirtualHost vhost, HttpClient management, string org, string password, IConnection connection, IChannel channel, IBusControl bus)
    {
        _vhost = vhost;
        _management = management;
        Org = org;
        Password = password;
        _connection = connection;
        _channel = channel;
        _bus = bus;
        _relay = new OutboxDispatcher(
            bus,
            new OutboxMessageTypes([new(typeof(VerzuimmeldingNotification)), new(typeof(VerzuimmeldingNotificationUpdated)), new(typeof(MazlReferral))]),
            Options.Create(new OutboxOptions()));
    }

    public string Org { get; }

    public string Password { get; }

    public string VirtualHost => _vhost.Name;

    public string User => Topology.PartnerUser(Org);

    public string Queue => Topology.PartnerQueue(PartnerKind.Leerplicht, Org);

    /// <summary>The environment the examples read: broker, vhost and the partner's password.</summary>
    public Dictionary<string, string> Environment => new()
    {
        ["HUB_AMQP_HOST"] = TestEnvironment.MqHost,
        ["HUB_AMQP_PORT"] = TestEnvironment.MqPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["HUB_AMQP_VHOST"] = VirtualHost,
        ["HUB_AMQP_PASSWORD"] = Password,
    };

    public static async Task<PartnerBroker> CreateAsync()
    {
        var vhost = await TestVirtualHost.CreateAsync();
        var management = TestVirtualHost.CreateManagementClient();
        var org = "example-" + Guid.NewGuid().ToString("N")[..8];
        var password = Guid.NewGuid().ToString("N");
        var user = Topology.PartnerUser(org);
        (await management.PutAsync($"api/users/{user}", JsonContent.Create(new { password, tags = string.Empty }))).EnsureSuccessStatusCode();
        var permissions = JsonContent.Create(new
        {
            configure = "^$",
            write = Exactly(Topology.PartnerInboundExchange(org)),
            read = Exactly(Topology.PartnerQueue(PartnerKind.Leerplicht, org)),
        });
        (await management.PutAsync($"api/permissions/{Uri.EscapeDataString(vhost.Name)}/{user}", permissions)).EnsureSuccessStatusCode();

        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.MqHost,
            Port = TestEnvironment.MqPort,
            VirtualHost = vhost.Name,
            UserName = TestEnvironment.MqUser,
            Password = TestEnvironment.MqPassword,
            ClientProvidedName = "cli-tests-partner-broker",
        };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var queue = Topology.PartnerQueue(PartnerKind.Leerplicht, org);
        await channel.ExchangeDeclareAsync(queue, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(queue, queue, string.Empty);
        await channel.ExchangeDeclareAsync(Topology.PartnerInboundExchange(org), ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(Topology.PartnerIntakeQueue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(Topology.PartnerIntakeQueue, Topology.PartnerInboundExchange(org), string.Empty);

        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(TestEnvironment.MqHost, (ushort)TestEnvironment.MqPort, vhost.Name, host =>
        {
            host.Username(TestEnvironment.MqUser);
            host.Password(TestEnvironment.MqPassword);
        }));
        await bus.StartAsync();
        return new PartnerBroker(vhost, management, org, password, connection, channel, bus);
    }

    /// <summary>Sends an outbox row to the partner's queue with the relay's dispatcher: MassTransit envelope, message id, traceparent header.</summary>
    public async Task SendAsRelayAsync<T>(T message, Guid messageId, string traceParent)
        where T : notnull
    {
        var row = new OutboxRow
        {
            Sequence = 1,
            MessageId = messageId,
            Destination = Topology.PartnerAddress(new PartnerOrganisation(Org, PartnerKind.Leerplicht, "Example bureau")).ToString(),
            MessageType = OutboxMessageTypes.NameOf(typeof(T)),
            Body = JsonSerializer.Serialize(message, HubJson.Options),
            Headers = JsonSerializer.Serialize(new OutboxHeaders(Headers: new Dictionary<string, string> { ["traceparent"] = traceParent }), HubJson.Options),
        };
        await _relay.SendAsync(_relay.Prepare(row), CancellationToken.None);
    }

    /// <summary>Puts a body no consumer can read on the partner's queue (not JSON).</summary>
    public async Task SendUnreadableAsync() =>
        await _channel.BasicPublishAsync(Queue, string.Empty, true, new BasicProperties { MessageId = "unreadable-1", DeliveryMode = DeliveryModes.Persistent }, "{not json"u8.ToArray());

    /// <summary>Messages ready on a queue (unacknowledged ones return to ready once their consumer is gone).</summary>
    public async Task<uint> ReadyAsync(string queue) => (await _channel.QueueDeclarePassiveAsync(queue)).MessageCount;

    /// <summary>Takes every message waiting on the hub's partner intake queue.</summary>
    public async Task<IReadOnlyList<PartnerAnswer>> TakePartnerIntakeAsync()
    {
        var taken = new List<PartnerAnswer>();
        while (await _channel.BasicGetAsync(Topology.PartnerIntakeQueue, autoAck: true) is { } result)
        {
            taken.Add(PartnerAnswer.From(result));
        }

        return taken;
    }

    public async ValueTask DisposeAsync()
    {
        await _bus.StopAsync();
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
        (await _management.DeleteAsync($"api/users/{User}")).Dispose();
        _management.Dispose();
        await _vhost.DisposeAsync();
    }

    private static string Exactly(string name) => "^" + Regex.Escape(name) + "$";
}
