using System.Globalization;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Partners;
using IntegrationHub.Infrastructure.Tests.Persistence.Directory;
using IntegrationHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace IntegrationHub.Infrastructure.Tests.Partners;

/// <summary>
/// A test class's own database and vhost on the real servers, with the partner provisioning wired as `hub org add` wires
/// it. The RabbitMQ users it creates (users are not per vhost) are deleted on dispose.
/// </summary>
public sealed class PartnerBroker : DirectoryDatabase
{
    private readonly List<string> _users = [];

    public TestVirtualHost VirtualHost { get; private set; } = null!;

    public PartnerProvisioner Provisioner => Services.GetRequiredService<PartnerProvisioner>();

    public override async Task InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        using var management = TestVirtualHost.CreateManagementClient();
        foreach (var user in _users)
        {
            using var _ = await management.DeleteAsync(new Uri($"api/users/{Uri.EscapeDataString(user)}", UriKind.Relative));
        }

        await VirtualHost.DisposeAsync();
    }

    /// <summary>A fresh organisation id whose RabbitMQ user is deleted when the fixture is disposed.</summary>
    public string NewId(PartnerKind kind)
    {
        var id = kind == PartnerKind.Rmc
            ? "mc" + Random.Shared.Next(10, 100).ToString(CultureInfo.InvariantCulture)
            : $"{kind.ToString().ToLowerInvariant()}-test-{Guid.NewGuid().ToString("N")[..10]}";
        _users.Add(Topology.PartnerUser(id));
        return id;
    }

    public Task<PartnerCredentials> ProvisionAsync(PartnerKind kind, string? password = null) =>
        Provisioner.ProvisionAsync(new PartnerRegistration(kind, NewId(kind), "Test organisation", "test data", password ?? "test-" + Guid.NewGuid().ToString("N")), CancellationToken.None);

    /// <summary>A connection as the hub's own (administrator) user on the test vhost.</summary>
    public Task<IConnection> ConnectAsHubAsync() => Factory(TestEnvironment.MqUser, TestEnvironment.MqPassword).CreateConnectionAsync();

    public Task<IConnection> ConnectAsync(PartnerCredentials partner) => Factory(partner.AmqpUsername, partner.AmqpPassword!).CreateConnectionAsync();

    protected override IDictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["RabbitMq:Host"] = TestEnvironment.MqHost;
        settings["RabbitMq:Port"] = TestEnvironment.MqPort.ToString(CultureInfo.InvariantCulture);
        settings["RabbitMq:VirtualHost"] = VirtualHost.Name;
        settings["RabbitMq:Username"] = TestEnvironment.MqUser;
        settings["RabbitMq:Password"] = TestEnvironment.MqPassword;
        settings["RabbitMq:ManagementUri"] = TestVirtualHost.ManagementUri.ToString();
        settings["RabbitMq:Operator:Username"] = TestEnvironment.MqOperatorUser;
        settings["RabbitMq:Operator:Password"] = TestEnvironment.MqOperatorPassword;
        return settings;
    }

    protected override void Configure(IServiceCollection services) =>
        services.AddPartnerProvisioning(new ConfigurationBuilder().AddInMemoryCollection(Settings()).Build());

    private ConnectionFactory Factory(string user, string password) => new()
    {
        HostName = TestEnvironment.MqHost,
        Port = TestEnvironment.MqPort,
        VirtualHost = VirtualHost.Name,
        UserName = user,
        Password = password,
        ClientProvidedName = "infrastructure-tests-partner",
    };
}
