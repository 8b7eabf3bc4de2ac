using System.Threading.Channels;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Persistence;
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
/// A delivery that keeps failing while the database is there is poison once delivered
/// <see cref="AmqpGatewayOptions.MaxDeliveries"/> times (<see cref="DeliveryCounter"/>): <see cref="PoisonDelivery"/>
/// rejects it to the school, stores it and moves it to the intake error queue, then it is acknowledged.
/// Deliveries that did not come through a school exchange are dead-lettered to <see cref="IntakeQueueTopology.UnauthenticatedQueue"/>.
/// Acknowledgements go through a <see cref="DeliveryAcknowledger"/>: one ack with multiple per run of settled deliveries,
/// not one frame per delivery.
/// </summary>
public sealed class AmqpGateway(
    RabbitMqConnector connector,
    IServiceScopeFactory scopes,
    AmqpGatewayStatus status,
    IOptions<AmqpGatewayOptions> options,
    TimeProvider time,
    ILogger<AmqpGateway> logger) : BackgroundService
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _abort = new();
    private readonly InFlightDeliveries _inFlight = new();
    private readonly DeliveryCounter _deliveries = new();
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

        await using var errorChannel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), stoppingToken);
        var intake = new BatchIntake(scopes, settings.SubmitAttempts, logger);
        var poison = new PoisonDelivery(scopes, errorChannel, time, logger);
        using var acknowledger = new DeliveryAcknowledger(channel, logger);
        var batchLoops = Enumerable.Range(0, settings.BatchConcurrency)
            .Select(_ => Task.Run(() => RecordBatchesAsync(acknowledger, intake, poison, settings), CancellationToken.None))
            .ToArray();
        string? consumerTag = null;
        try
        {
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) => ReceiveAsync(acknowledger, delivery);
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
    private async Task ReceiveAsync(DeliveryAcknowledger acknowledger, BasicDeliverEventArgs delivery)
    {
        await acknowledger.RegisterAsync(delivery.DeliveryTag);
        var properties = delivery.BasicProperties;
        var sender = DeliverySender.Identify(delivery.Exchange, properties.UserId);
        if (sender is null)
        {
            AmqpGatewayLog.Unauthenticated(logger, delivery.Exchange, properties.UserId);
            await acknowledger.SettleAsync([], [delivery.DeliveryTag], requeue: false);
            return;
        }

        var submission = new InboundSubmission(delivery.Body.ToArray(), properties.Type, properties.ContentType, sender, IntakeChannel.Amqp);
        var deliveries = _deliveries.Deliveries(delivery.Exchange, properties, delivery.Body.Span);
        _inFlight.Enter();
        if (!_pending.Writer.TryWrite(new PendingDelivery(delivery.DeliveryTag, submission, deliveries, delivery.Exchange, properties)))
        {
            // Stopping: left unacknowledged, it goes back to the queue when the channel closes.
            _inFlight.Leave();
        }
    }

    /// <summary>One batch loop: the next delivery and whatever else is waiting, recorded together, then settled.</summary>
    private async Task RecordBatchesAsync(DeliveryAcknowledger acknowledger, BatchIntake intake, PoisonDelivery poison, AmqpGatewayOptions settings)
    {
        var batchSize = settings.BatchSize;
        var batch = new List<PendingDelivery>(batchSize);
        while (await _pending.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < batchSize && _pending.Reader.TryRead(out var delivery))
            {
                batch.Add(delivery);
            }

            if (batch.Count > 0)
            {
                await RecordAndSettleAsync(acknowledger, intake, poison, settings.MaxDeliveries, batch);
                batch.Clear();
            }
        }
    }

    private async Task RecordAndSettleAsync(DeliveryAcknowledger acknowledger, BatchIntake intake, PoisonDelivery poison, int maxDeliveries, List<PendingDelivery> batch)
    {
        try
        {
            bool[] recorded;
            Exception?[] failures;
            try
            {
                (recorded, failures) = await intake.SubmitReportingFailuresAsync(batch.ConvertAll(delivery => delivery.Submission), _abort.Token);
            }
            catch (OperationCanceledException) when (_abort.IsCancellationRequested)
            {
                return; // Stopping: left unacknowledged, they go back to the queue when the channel closes.
            }

            var acknowledged = new List<ulong>(batch.Count);
            var returned = new List<ulong>();
            for (var i = 0; i < batch.Count; i++)
            {
                var delivery = batch[i];
                var settled = recorded[i]
                    || (failures[i] is { } failure && !DatabaseAvailability.IsUnavailable(failure) && delivery.Deliveries >= maxDeliveries
                        && await poison.SettleAsync(delivery, failure, _abort.Token));
                if (settled)
                {
                    _deliveries.Settled(delivery.Exchange, delivery.Submission.Body.Span);
                    acknowledged.Add(delivery.DeliveryTag);
                }
                else
                {
                    _deliveries.Returned(delivery.Exchange, delivery.Submission.Body.Span);
                    returned.Add(delivery.DeliveryTag);
                }
            }

            await acknowledger.SettleAsync(acknowledged, returned);
        }
        finally
        {
            foreach (var _ in batch)
            {
                _inFlight.Leave();
            }
        }
    }
}
