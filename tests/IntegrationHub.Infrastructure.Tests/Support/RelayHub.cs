using IntegrationHub.Infrastructure.Messaging.Outbox;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Testing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Support;

/// <summary>
/// A running host with the intake, the outbox relay and a real MassTransit bus on a throw-away RabbitMQ vhost,
/// over a throw-away PostgreSQL database. A fixture that overrides <see cref="RunsRelay"/> with false gets no
/// background relay and drives the rounds itself with <see cref="CreateRelay"/>.
/// </summary>
public class RelayHub : IAsyncLifetime
{
    private IHost? _host;

    public TestDatabase Database { get; private set; } = null!;

    public TestVirtualHost VirtualHost { get; private set; } = null!;

    public IServiceProvider Services => _host!.Services;

    public NpgsqlDataSource DataSource => Services.GetRequiredService<NpgsqlDataSource>();

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        VirtualHost = await TestVirtualHost.CreateAsync();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(Settings());
        builder.Services.AddLogging();
        builder.Services.AddHubPersistence(builder.Configuration).AddIntake(builder.Configuration);
        builder.Services.AddMassTransit(bus => bus.UsingRabbitMq((_, rabbit) =>
            rabbit.Host(TestEnvironment.MqHost, (ushort)TestEnvironment.MqPort, VirtualHost.Name, host =>
            {
                host.Username(TestEnvironment.MqUser);
                host.Password(TestEnvironment.MqPassword);
            })));
        builder.Services.AddOutboxRelay();
        if (!RunsRelay)
        {
            builder.Services.Remove(builder.Services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxRelay)));
        }

        Configure(builder.Services);
        _host = builder.Build();
        await _host.StartAsync();
    }

    /// <summary>False: no relay runs in the background; the test runs rounds with <see cref="CreateRelay"/>.</summary>
    protected virtual bool RunsRelay => true;

    /// <summary>A relay over the host's bus, database and settings, for a test that runs the rounds itself.</summary>
    public OutboxRelay CreateRelay() => ActivatorUtilities.CreateInstance<OutboxRelay>(Services);

    protected virtual IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Hub"] = Database.ConnectionString,
        ["Pseudonymisation:Key"] = MigratedDatabase.PseudonymisationKey,
        ["Outbox:PollInterval"] = "00:00:00.500",
    };

    /// <summary>Hook for a fixture that needs more services (e.g. a sent handler).</summary>
    protected virtual void Configure(IServiceCollection services)
    {
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        await VirtualHost.DisposeAsync();
        await Database.DisposeAsync();
    }
}
