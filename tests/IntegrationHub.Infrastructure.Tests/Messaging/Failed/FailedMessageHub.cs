using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Messaging.Failed;
using IntegrationHub.Infrastructure.Tests.Support;
using IntegrationHub.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Tests.Messaging.Failed;

/// <summary>A migrated database and a MassTransit bus on a vhost of its own, with the hub's error pipe on every endpoint.</summary>
public sealed class FailedMessageHub : MigratedDatabase
{
    public TestVirtualHost VirtualHost { get; private set; } = null!;

    public PoisonCommandLog Log { get; } = new();

    public IBus Bus => Services.GetRequiredService<IBus>();

    public NpgsqlFailedMessageStore Store => new(DataSource);

    public FailedMessageReplayer Replayer => new(Store, new RabbitMqConnector(
        Options.Create(new RabbitMqOptions
        {
            Host = TestEnvironment.MqHost,
            Port = TestEnvironment.MqPort,
            VirtualHost = VirtualHost.Name,
            Username = TestEnvironment.MqUser,
            Password = TestEnvironment.MqPassword,
        }), NullLogger<RabbitMqConnector>.Instance), TimeProvider.System);

    public override async Task InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync();
        await base.InitializeAsync();
        await Services.GetRequiredService<IBusControl>().StartAsync();
    }

    protected override void Configure(IServiceCollection services)
    {
        services.AddSingleton(Log);
        services.AddMassTransit(bus =>
        {
            bus.AddConsumer<PoisonCommandConsumer, PoisonCommandConsumerDefinition>();
            bus.AddConfigureEndpointsCallback(FailedMessageEndpoints.Configure);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(TestEnvironment.MqHost, (ushort)TestEnvironment.MqPort, VirtualHost.Name, host =>
                {
                    host.Username(TestEnvironment.MqUser);
                    host.Password(TestEnvironment.MqPassword);
                });
                rabbit.ConfigureEndpoints(context);
            });
        });
    }

    public override async Task DisposeAsync()
    {
        await Services.GetRequiredService<IBusControl>().StopAsync();
        await base.DisposeAsync();
        await VirtualHost.DisposeAsync();
    }
}
