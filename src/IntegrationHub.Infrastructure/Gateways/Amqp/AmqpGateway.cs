using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>
/// Reads the intake queue with RabbitMQ.Client directly, so that any bytes from any LVS get an answer: the sender
/// is the school exchange the delivery came through, the body goes to the intake as it is, and the delivery is
/// acknowledged only once the intake has made the outcome durable. When the intake fails (database down) the
/// delivery is retried with backoff and then nacked back to the queue, never dropped. Deliveries that did not
/// come through a school exchange are dead-lettered to <see cref="IntakeQueueTopology.UnauthenticatedQueue"/>.
/// </summary>
public sealed class AmqpGateway(
    RabbitMqConnector connector,
    IServiceScopeFactory scopes,
    AmqpGatewayStatus status,
    IOptions<AmqpGatewayOptions> options,
    ILogger<AmqpGateway> logger) : BackgroundService
{
    private readonly ResiliencePipeline _submit = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ex is not OperationCanceledException),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(200),
            MaxRetryAttempts = Math.Max(0, options.Value.SubmitAttempts - 1),
        })
        .Build();

    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _abort = new();
    private readonly InFlightDeliveries _inFlight = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        await using var connection = await connector.ConnectAsync("integrationhub-amqp-gateway", stoppingToken);
        connection.ConnectionShutdownAsync += (_, _) => SetConsuming(false);
        connection.RecoverySucceededAsync += (_, _) => SetConsuming(true);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(false, false, consumerDispatchConcurrency: settings.ConsumerConcurrency), stoppingToken);
        await IntakeQueueTopology.DeclareAsync(channel, stoppingToken);
        await channel.BasicQosAsync(0, settings.PrefetchCount, global: false, stoppingToken);

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) => HandleAsync(channel, delivery);
        var consumerTag = await channel.BasicConsumeAsync(Topology.IntakeQueue, autoAck: false, consumer, stoppingToken);
        status.Set(true);
        AmqpGatewayLog.Consuming(logger, Topology.IntakeQueue, settings.PrefetchCount, settings.ConsumerConcurrency);

        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await DrainAsync(channel, consumerTag);
        }
        finally
        {
            status.Set(false);
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
    private async Task DrainAsync(IChannel channel, string consumerTag)
    {
        status.Set(false);
        if (channel.IsOpen)
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

    private async Task HandleAsync(IChannel channel, BasicDeliverEventArgs delivery)
    {
        _inFlight.Enter();
        try
        {
            await HandleDeliveryAsync(channel, delivery, _abort.Token);
        }
        finally
        {
            _inFlight.Leave();
        }
    }

    private async Task HandleDeliveryAsync(IChannel channel, BasicDeliverEventArgs delivery, CancellationToken cancellationToken)
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
        try
        {
            await _submit.ExecuteAsync(token => SubmitAsync(submission, token), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            AmqpGatewayLog.IntakeFailed(logger, exception, sender.Brin);
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
            return;
        }

        await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None);
    }

    private async ValueTask SubmitAsync(InboundSubmission submission, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<IIntakeService>();
        await intake.SubmitAsync(submission, cancellationToken);
    }
}
