using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Partners;
using IntegrationHub.Infrastructure.Gateways.Amqp;
using IntegrationHub.Infrastructure.Partners;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace IntegrationHub.Infrastructure.Gateways.Partners;

/// <summary>
/// Reads hub.partner-intake with RabbitMQ.Client, like the schools' AMQP gateway: the sender is the broker-validated
/// user_id and the partner exchange the delivery came through, the body is read as it is, and a delivery is acknowledged
/// only once its outcome (stored, refused with reasons, or kept as poison) has committed. A delivery that could not be
/// recorded goes back to the queue.
/// </summary>
public sealed class PartnerGateway(
    RabbitMqConnector connector,
    PartnerDeliveryHandler handler,
    IOptions<PartnerGatewayOptions> options,
    ILogger<PartnerGateway> logger) : BackgroundService
{
    private const string DeliveryCountHeader = "x-delivery-count";
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _abort = new();
    private readonly InFlightDeliveries _inFlight = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        handler.CheckWiring();
        await using var connection = await connector.ConnectAsync("integrationhub-partner-gateway", stoppingToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: false, publisherConfirmationTrackingEnabled: false, consumerDispatchConcurrency: settings.Concurrency),
            stoppingToken);
        await PartnerIntakeQueueTopology.DeclareAsync(channel, stoppingToken);
        await channel.BasicQosAsync(0, settings.PrefetchCount, global: false, stoppingToken);

        string? consumerTag = null;
        try
        {
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) => ReceiveAsync(channel, delivery);
            consumerTag = await channel.BasicConsumeAsync(Topology.PartnerIntakeQueue, autoAck: false, consumer, stoppingToken);
            PartnerGatewayLog.Consuming(logger, Topology.PartnerIntakeQueue, settings.PrefetchCount, settings.Concurrency);
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            if (channel.IsOpen && consumerTag is not null)
            {
                await channel.BasicCancelAsync(consumerTag, noWait: false, CancellationToken.None);
            }

            await _inFlight.WaitUntilIdleAsync(DrainTimeout);
            await _abort.CancelAsync();
        }
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    private async Task ReceiveAsync(IChannel channel, BasicDeliverEventArgs delivery)
    {
        var properties = delivery.BasicProperties;
        var answer = new PartnerAnswer(delivery.Body.ToArray(), properties.Type, properties.ContentType, properties.UserId, delivery.Exchange);
        _inFlight.Enter();
        try
        {
            bool recorded;
            try
            {
                recorded = await handler.HandleAsync(answer, DeliveryCount(properties), _abort.Token);
            }
            catch (OperationCanceledException) when (_abort.IsCancellationRequested)
            {
                return; // Stopping: left unacknowledged, it goes back to the queue when the channel closes.
            }

            if (recorded)
            {
                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None);
            }
            else
            {
                await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
            }
        }
        catch (AlreadyClosedException exception)
        {
            PartnerGatewayLog.SettleFailed(logger, exception);
        }
        finally
        {
            _inFlight.Leave();
        }
    }

    /// <summary>How often the quorum queue delivered it before (0 the first time, or on a queue that does not count).</summary>
    private static long DeliveryCount(IReadOnlyBasicProperties properties) =>
        properties.Headers?.TryGetValue(DeliveryCountHeader, out var value) == true
            ? value switch
            {
                long count => count,
                int count => count,
                _ => 0,
            }
            : 0;
}
