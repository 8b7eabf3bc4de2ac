using System.Text.Json;
using IntegrationHub.Infrastructure.Persistence;
using MassTransit;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>
/// Sends one outbox row through MassTransit: to its destination address (send) or, without one, as a publish.
/// <see cref="Prepare"/> reads the row (and finds the rows that can never be sent); <see cref="SendAsync"/> sends
/// it and completes on the broker's confirm. The MassTransit MessageId is the outbox message id. Broker hiccups
/// are retried by a Polly pipeline.
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

    /// <summary>
    /// Reads a row into what the bus sends. Throws when the row cannot be sent as it stands (a type without a
    /// registration, an unreadable body or headers, a malformed address): trying the broker again would not help.
    /// </summary>
    public OutboxSend Prepare(OutboxRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!_types.TryResolve(row.MessageType, out var type))
        {
            throw new UnknownOutboxMessageTypeException(row.MessageType);
        }

        var message = JsonSerializer.Deserialize(row.Body, type, HubJson.Options)
            ?? throw new InvalidOperationException($"Outbox row {row.Sequence} has an empty body.");
        var headers = row.Headers is null ? null : JsonSerializer.Deserialize<OutboxHeaders>(row.Headers, HubJson.Options);
        var destination = row.Destination is null ? null : new Uri(row.Destination);
        return new OutboxSend(row, message, type, headers, destination);
    }

    /// <summary>Sends (or publishes) a prepared row; completes when the broker confirmed it.</summary>
    public Task SendAsync(OutboxSend send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        return _pipeline.ExecuteAsync(
            async token =>
            {
                if (send.Destination is null)
                {
                    await _bus.Publish(send.Message, send.MessageType, context => Stamp(context, send), token);
                }
                else
                {
                    var endpoint = await _bus.GetSendEndpoint(send.Destination);
                    await endpoint.Send(send.Message, send.MessageType, context => Stamp(context, send), token);
                }
            },
            cancellationToken).AsTask();
    }

    private static void Stamp(SendContext context, OutboxSend send)
    {
        context.MessageId = send.Row.MessageId;
        if (send.Headers?.CorrelationId is { } correlationId)
        {
            context.CorrelationId = correlationId;
        }

        foreach (var (key, value) in send.Headers?.Headers ?? new Dictionary<string, string>())
        {
            context.Headers.Set(key, value);
        }
    }
}
