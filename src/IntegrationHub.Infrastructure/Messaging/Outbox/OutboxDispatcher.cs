using System.Text.Json;
using IntegrationHub.Infrastructure.Persistence;
using MassTransit;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>
/// Sends one outbox row through MassTransit: to its destination address (send) or, without one, as a publish.
/// The MassTransit MessageId is the outbox message id. Broker hiccups are retried by a Polly pipeline.
/// </summary>
public sealed class OutboxDispatcher
{
    private readonly IBus _bus;
    private readonly OutboxMessageTypes _types;
    private readonly ResiliencePipeline _pipeline;

    public OutboxDispatcher(IBus bus, OutboxMessageTypes types, IOptions<OutboxOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _bus = bus;
        _types = types;
        var retries = options.Value.SendRetries;
        var builder = new ResiliencePipelineBuilder();
        if (retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
                MaxRetryAttempts = retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
            });
        }

        _pipeline = builder.AddTimeout(TimeSpan.FromSeconds(30)).Build();
    }

    public async Task DispatchAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!_types.TryResolve(row.MessageType, out var type))
        {
            throw new UnknownOutboxMessageTypeException(row.MessageType);
        }

        var message = JsonSerializer.Deserialize(row.Body, type, HubJson.Options)
            ?? throw new InvalidOperationException($"Outbox row {row.Sequence} has an empty body.");
        var headers = row.Headers is null ? null : JsonSerializer.Deserialize<OutboxHeaders>(row.Headers, HubJson.Options);
        await _pipeline.ExecuteAsync(
            async token =>
            {
                if (row.Destination is null)
                {
                    await _bus.Publish(message, type, context => Stamp(context, row, headers), token);
                }
                else
                {
                    var endpoint = await _bus.GetSendEndpoint(new Uri(row.Destination));
                    await endpoint.Send(message, type, context => Stamp(context, row, headers), token);
                }
            },
            cancellationToken);
    }

    private static void Stamp(SendContext context, OutboxRow row, OutboxHeaders? headers)
    {
        context.MessageId = row.MessageId;
        if (headers?.CorrelationId is { } correlationId)
        {
            context.CorrelationId = correlationId;
        }

        foreach (var (key, value) in headers?.Headers ?? new Dictionary<string, string>())
        {
            context.Headers.Set(key, value);
        }
    }
}
