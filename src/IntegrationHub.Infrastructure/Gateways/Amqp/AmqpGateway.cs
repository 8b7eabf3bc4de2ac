using System.Threading.Channels;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>
/// Reads the intake queue with RabbitMQ.Client directly, so that any bytes from any LVS get an answer: the sender
/// is the school exchange the delivery came through, the body goes to the intake as it is, and the delivery is
/// acknowledged only once the intake has made the outcome durable. Deliveries are recorded in batches, one database
/// transaction each (<see cref="BatchIntake"/>): <see cref="AmqpGatewayOptions.BatchConcurrency"/> loops each take
/// the next delivery and whatever else is already waiting, up to <see cref="AmqpGatewayOptions.BatchSize"/>. When the
/// intake fails (database down) a delivery is retried with backoff and then nacked back to the queue, never dropped.
/// Deliveries that did not come through a school exchange are dead-lettered to <see cref="IntakeQueueTopology.UnauthenticatedQueue"/>.
/// </summary>
public sealed class AmqpGateway(
    RabbitMqConnector connector,
    IServiceScopeFactory scopes,
    AmqpGatewayStatus status,
    IOptions<AmqpGatewayOptions> options,
    ILogger<AmqpGateway> logger) : BackgroundService
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _abort = new();
    private readonly InFlightDeliveries _inFlight = new();
    private readonly Channel<PendingDelivery> _pending = Channel.CreateUnbounded<PendingDelivery>(
        new UnboundedChannelOptions { SingleWriter = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        await using var connection = await connector.ConnectAsync("integrationhub-amqp-gateway", stoppingToken);
        connection.ConnectionShutdownAsync += (_, _) => SetConsuming(false);
        connection.RecoverySucceededAsync += (_, _) => SetConsuming(true);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: stoppingToken);
        await IntakeQueueTopology.DeclareAsync(channel, stoppingToken);
        await channel.BasicQosAsync(0, settings.PrefetchCount, global: false, stoppingToken);

        var intake = new BatchIntake(scopes, settings.SubmitAttempts, logger);
        var batchLoops = Enumerable.Range(0, settings.BatchConcurrency)
            .Select(_ => Task.Run(() => RecordBatchesAsync(channel, intake, settings.BatchSize), CancellationToken.None))
            .ToArray();
        string? consumerTag = null;
        try
        {
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) => ReceiveAsync(channel, delivery);
            consumerTag = await channel.BasicConsumeAsync(Topology.IntakeQueue, autoAck: false, consumer, stoppingToken);
            status.Set(true);
            AmqpGatewayLog.Consuming(logger, Topology.IntakeQueue, settings.PrefetchCount, settings.BatchSize, settings.BatchConcurrency);
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await DrainAsync(channel, consumerTag);
        }
        finally
        {
            status.Set(false);
            _pending.Writer.TryComplete();
            await Task.WhenAll(batchLoops);
        }
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    /// <summary>
    /// Stops taking deliveries and lets the ones in hand finish (and be acknowledged) for a while; whatever is
    /// still unacknowledged when the channel closes goes back to the queue.
    /// </summary>
    private async Task DrainAsync(IChannel channel, string? consumerTag)
    {
        status.Set(false);
        if (channel.IsOpen && consumerTag is not null)
        {
            await channel.BasicCancelAsync(consumerTag, noWait: false, CancellationToken.None);
        }

        await _inFlight.WaitUntilIdleAsync(DrainTimeout);
        await _abort.CancelAsync();
    }

    private Task SetConsuming(bool consuming)
    {
        status.Set(consuming);
        return Task.CompletedTask;
    }

    /// <summary>The consumer callback: identifies the sender and queues the delivery for a batch.</summary>
    private async Task ReceiveAsync(IChannel channel, BasicDeliverEventArgs delivery)
    {
        var properties = delivery.BasicProperties;
        var sender = DeliverySender.Identify(delivery.Exchange, properties.UserId);
        if (sender is null)
        {
            AmqpGatewayLog.Unauthenticated(logger, delivery.Exchange, properties.UserId);
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: false, CancellationToken.None);
            return;
        }

        var submission = new InboundSubmission(delivery.Body.ToArray(), properties.Type, properties.ContentType, sender, IntakeChannel.Amqp);
        _inFlight.Enter();
        if (!_pending.Writer.TryWrite(new PendingDelivery(delivery.DeliveryTag, submission)))
        {
            // Stopping: left unacknowledged, it goes back to the queue when the channel closes.
            _inFlight.Leave();
        }
    }

    /// <summary>One batch loop: the next delivery and whatever else is waiting, recorded together, then settled.</summary>
    private async Task RecordBatchesAsync(IChannel channel, BatchIntake intake, int batchSize)
    {
        var batch = new List<PendingDelivery>(batchSize);
        while (await _pending.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < batchSize && _pending.Reader.TryRead(out var delivery))
            {
                batch.Add(delivery);
            }

            if (batch.Count > 0)
            {
                await RecordAndSettleAsync(channel, intake, batch);
                batch.Clear();
            }
        }
    }

    private async Task RecordAndSettleAsync(IChannel channel, BatchIntake intake, List<PendingDelivery> batch)
    {
        try
        {
            bool[] recorded;
            try
            {
                recorded = await intake.SubmitAsync(batch.ConvertAll(delivery => delivery.Submission), _abort.Token);
            }
            catch (OperationCanceledException) when (_abort.IsCancellationRequested)
            {
                return; // Stopping: left unacknowledged, they go back to the queue when the channel closes.
            }

            for (var i = 0; i < batch.Count; i++)
            {
                await SettleAsync(channel, batch[i].DeliveryTag, recorded[i]);
            }
        }
        finally
        {
            foreach (var _ in batch)
            {
                _inFlight.Leave();
            }
        }
    }

    /// <summary>Acknowledges a recorded delivery; returns one that is not recorded to the queue.</summary>
    private async Task SettleAsync(IChannel channel, ulong deliveryTag, bool recorded)
    {
        try
        {
            if (recorded)
            {
                await channel.BasicAckAsync(deliveryTag, multiple: false, CancellationToken.None);
            }
            else
            {
                await channel.BasicNackAsync(deliveryTag, multiple: false, requeue: true, CancellationToken.None);
            }
        }
        catch (AlreadyClosedException exception)
        {
            AmqpGatewayLog.SettleFailed(logger, exception);
        }
    }
}
