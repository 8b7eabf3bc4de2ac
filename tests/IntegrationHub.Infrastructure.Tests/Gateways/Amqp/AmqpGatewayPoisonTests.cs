using System.Text;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Infrastructure.Gateways.Amqp;
using IntegrationHub.Infrastructure.Messaging.Failed;
using IntegrationHub.Infrastructure.Persistence.Intake;
using IntegrationHub.Infrastructure.Tests.Support;
using IntegrationHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;

namespace IntegrationHub.Infrastructure.Tests.Gateways.Amqp;

/// <summary>
/// The AMQP gateway on the real broker and PostgreSQL with a message the intake store refuses every time: it is
/// delivered a bounded number of times, then the school gets a rejection, the message is in the failed-message store
/// and in the intake error queue with the reason, and it does not loop.
/// </summary>
public sealed class AmqpGatewayPoisonTests : IAsyncLifetime
{
    private const int MaxDeliveries = 3;
    private const int SubmitAttempts = 2;
    private const string Brin = "12AB";

    private readonly MigratedDatabase _database = new();
    private TestVirtualHost _vhost = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _vhost = await TestVirtualHost.CreateAsync();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Hub"] = _database.Database.ConnectionString,
            ["Pseudonymisation:Key"] = MigratedDatabase.PseudonymisationKey,
            ["Database:MigrateOnStartup"] = "false",
            ["RabbitMq:Host"] = TestEnvironment.MqHost,
            ["RabbitMq:Port"] = TestEnvironment.MqPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = _vhost.Name,
            ["RabbitMq:Username"] = TestEnvironment.MqUser,
            ["RabbitMq:Password"] = TestEnvironment.MqPassword,
            ["Gateways:Amqp:BatchSize"] = "1",
            ["Gateways:Amqp:BatchConcurrency"] = "1",
            ["Gateways:Amqp:PrefetchCount"] = "1",
            ["Gateways:Amqp:SubmitAttempts"] = SubmitAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateways:Amqp:MaxDeliveries"] = MaxDeliveries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Services.AddLogging();
        builder.Services.AddHubPersistence(builder.Configuration).AddIntake(builder.Configuration);
        builder.Services.AddSingleton<NpgsqlIntakeStore>();
        builder.Services.AddSingleton<PoisonIntakeStore>();
        builder.Services.AddSingleton<IIntakeStore>(provider => provider.GetRequiredService<PoisonIntakeStore>());
        builder.Services.AddAmqpGateway(builder.Configuration);
        _host = builder.Build();

        await using var connection = await Factory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await IntakeQueueTopology.DeclareAsync(channel, CancellationToken.None);
        await channel.ExchangeDeclareAsync(Topology.InboundExchange(Brin), ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueBindAsync(Topology.IntakeQueue, Topology.InboundExchange(Brin), string.Empty);
        await _host.StartAsync();
    }

    [Fact]
    public async Task Should_reject_store_and_park_a_poison_delivery_after_a_bounded_number_of_deliveries_when_the_store_refuses_it_every_time()
    {
        var poison = Guid.NewGuid();
        var good = Guid.NewGuid();
        await PublishAsync(Samples.AttendanceRegistered(poison, registrationId: PoisonIntakeStore.Marker + "-" + poison.ToString("N")).ToJsonString());
        await PublishAsync(Samples.AttendanceRegistered(good, registrationId: "reg-" + good.ToString("N")).ToJsonString());

        var error = await WaitForErrorAsync(TimeSpan.FromSeconds(60));

        Assert.NotNull(error);
        Assert.Equal(MaxDeliveries * SubmitAttempts, _host.Services.GetRequiredService<PoisonIntakeStore>().Refused);
        Assert.Equal("System.InvalidOperationException", Encoding.UTF8.GetString((byte[])error.BasicProperties.Headers![PoisonDelivery.ExceptionTypeHeader]!));
        Assert.Contains("violates check constraint {value}", Encoding.UTF8.GetString((byte[])error.BasicProperties.Headers![PoisonDelivery.ReasonHeader]!), StringComparison.Ordinal);
        Assert.Contains(poison.ToString(), Encoding.UTF8.GetString(error.Body.Span), StringComparison.Ordinal);

        var rejection = Assert.Single(await _database.DataSource.FeedbackAsync(poison));
        Assert.Equal("IntegrationHub.Contracts.V1.SubmissionRejected", rejection.MessageType);
        Assert.Contains(PoisonDelivery.RejectionCode, rejection.Body, StringComparison.Ordinal);
        var stored = Assert.Single(await new NpgsqlFailedMessageStore(_database.DataSource).ListAsync(Brin, null, all: true, 10, CancellationToken.None));
        Assert.Equal(poison, stored.MessageId);
        Assert.Equal(Topology.IntakeQueue, stored.SourceQueue);
        Assert.Equal(MaxDeliveries, stored.Attempts);
        Assert.Equal(1, await _database.DataSource.CountAsync("SELECT count(*) FROM attendance_ledger WHERE message_id = @good", new { good }));

        // Nothing left to loop: the intake queue is empty and the refusals stay where they were.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(MaxDeliveries * SubmitAttempts, _host.Services.GetRequiredService<PoisonIntakeStore>().Refused);
        await using var connection = await Factory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        Assert.Equal(0u, (await channel.QueueDeclarePassiveAsync(Topology.IntakeQueue)).MessageCount);
    }

    private async Task PublishAsync(string body)
    {
        await using var connection = await Factory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        var properties = new BasicProperties { ContentType = "application/json", Type = "AttendanceRegistered", Persistent = true };
        await channel.BasicPublishAsync(Topology.InboundExchange(Brin), string.Empty, mandatory: false, properties, Encoding.UTF8.GetBytes(body));
    }

    private async Task<BasicGetResult?> WaitForErrorAsync(TimeSpan timeout)
    {
        await using var connection = await Factory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await channel.BasicGetAsync(IntakeQueueTopology.ErrorQueue, autoAck: true) is { } result)
            {
                return result;
            }

            await Task.Delay(200);
        }

        return null;
    }

    private ConnectionFactory Factory() => new() { Uri = _vhost.AmqpUri };

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _vhost.DisposeAsync();
        await _database.DisposeAsync();
    }
}
