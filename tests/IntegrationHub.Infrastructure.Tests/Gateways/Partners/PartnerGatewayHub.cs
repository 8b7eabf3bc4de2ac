using System.Text.RegularExpressions;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Partners;
using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Partners;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Infrastructure.Persistence.Partners;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using IntegrationHub.Infrastructure.Schools;
using IntegrationHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using RabbitMQ.Client;

namespace IntegrationHub.Infrastructure.Tests.Gateways.Partners;

/// <summary>
/// The partner gateway running in a host on a throw-away vhost and database, with three partner organisations as
/// <c>hub org add</c> leaves them: a broker user partner-&lt;org&gt; that may write only its exchange partner.&lt;org&gt;.in,
/// which is bound to hub.partner-intake. The consent registry and disclosure log are the hub's own (AddPrivacy); the store
/// can be made to fail (<see cref="Store"/>).
/// </summary>
public sealed class PartnerGatewayHub : IAsyncLifetime
{
    public const string Password = "partner-test-password";
    private const string DisclosureKey = "disclosure-key-for-the-partner-gateway-tests-only-0123";

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];
    private IHost? _host;

    public string LeerplichtA => $"rbl-a-{_suffix}";

    public string LeerplichtB => $"rbl-b-{_suffix}";

    public string Jgz => $"jgz-{_suffix}";

    public TestDatabase Database { get; private set; } = null!;

    public TestVirtualHost VirtualHost { get; private set; } = null!;

    public FlakyPartnerAnswerStore Store => _host!.Services.GetRequiredService<FlakyPartnerAnswerStore>();

    public NpgsqlDataSource DataSource => _host!.Services.GetRequiredService<NpgsqlDataSource>();

    public DisclosureSubjectProtector Protector => _host!.Services.GetRequiredService<DisclosureSubjectProtector>();

    private IEnumerable<string> Organisations => [LeerplichtA, LeerplichtB, Jgz];

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        DatabaseMigrator.Migrate(Database.ConnectionString);
        VirtualHost = await TestVirtualHost.CreateAsync();
        await ProvisionPartnersAsync();

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Hub"] = Database.ConnectionString,
            ["Database:MigrateOnStartup"] = "false",
            ["RabbitMq:Host"] = TestEnvironment.MqHost,
            ["RabbitMq:Port"] = TestEnvironment.MqPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = VirtualHost.Name,
            ["RabbitMq:Username"] = TestEnvironment.MqUser,
            ["RabbitMq:Password"] = TestEnvironment.MqPassword,
            ["Gateways:Partners:Attempts"] = "2",
            ["Pseudonymisation:Key"] = "test-key-for-the-partner-gateway-tests-only-0123456789",
            ["Disclosures:Key"] = DisclosureKey,
        });
        builder.Services.AddLogging();
        builder.Services.AddHubPersistence(builder.Configuration).AddIntake(builder.Configuration).AddPrivacy();
        builder.Services.AddSingleton<NpgsqlPartnerAnswerStore>();
        builder.Services.AddSingleton<FlakyPartnerAnswerStore>();
        builder.Services.AddSingleton<IPartnerAnswerStore>(provider => provider.GetRequiredService<FlakyPartnerAnswerStore>());
        builder.Services.AddPartnerGateway(builder.Configuration);
        _host = builder.Build();
        await _host.StartAsync();
    }

    /// <summary>Publishes as <paramref name="organisation"/>'s own user on its own exchange, with confirms.</summary>
    /// <param name="userId">The AMQP user_id to claim instead of the sender's own user.</param>
    /// <param name="omitUserId">Leaves user_id out.</param>
    public async Task PublishAsync(string organisation, byte[] body, string? type, string? userId = null, bool omitUserId = false, string? exchange = null)
    {
        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.MqHost,
            Port = TestEnvironment.MqPort,
            VirtualHost = VirtualHost.Name,
            UserName = Topology.PartnerUser(organisation),
            Password = Password,
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var properties = new BasicProperties
        {
            Type = type,
            ContentType = "application/json",
            Persistent = true,
            UserId = omitUserId ? null : userId ?? Topology.PartnerUser(organisation),
        };
        await channel.BasicPublishAsync(exchange ?? Topology.PartnerInboundExchange(organisation), string.Empty, mandatory: false, properties, body);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        using (var management = TestVirtualHost.CreateManagementClient())
        {
            foreach (var organisation in Organisations)
            {
                await management.DeleteAsync(new Uri($"api/users/{Topology.PartnerUser(organisation)}", UriKind.Relative));
            }
        }

        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task ProvisionPartnersAsync()
    {
        var management = new RabbitMqManagementClient(TestVirtualHost.CreateManagementClient(), Options.Create(new RabbitMqOptions { VirtualHost = VirtualHost.Name }));
        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.MqHost,
            Port = TestEnvironment.MqPort,
            VirtualHost = VirtualHost.Name,
            UserName = TestEnvironment.MqUser,
            Password = TestEnvironment.MqPassword,
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await PartnerIntakeQueueTopology.DeclareAsync(channel, CancellationToken.None);
        foreach (var organisation in Organisations)
        {
            var exchange = Topology.PartnerInboundExchange(organisation);
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await channel.QueueBindAsync(Topology.PartnerIntakeQueue, exchange, string.Empty);
            var user = Topology.PartnerUser(organisation);
            await management.PutUserAsync(user, Password, CancellationToken.None);
            await management.PutPermissionsAsync(user, "^$", "^" + Regex.Escape(exchange) + "$", "^$", CancellationToken.None);
        }
    }
}
