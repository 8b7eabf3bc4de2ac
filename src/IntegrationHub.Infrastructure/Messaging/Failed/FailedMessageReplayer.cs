using System.Text.Json;
using IntegrationHub.Infrastructure.Gateways;
using RabbitMQ.Client;

namespace IntegrationHub.Infrastructure.Messaging.Failed;

/// <summary>
/// Sends a failed message back to where it came from, once its cause is fixed, and records the replay in its history:
/// a MassTransit endpoint's message to its queue (same body, headers and message id, so the consumer's inbox applies
/// it once however often it is replayed); an AMQP intake delivery through the school exchange it came through, so the
/// gateway knows the sender again (the intake answers a repeated message id with the original outcome). The send is
/// publisher-confirmed; a send that fails is recorded as such and the message stays failed.
/// </summary>
public sealed class FailedMessageReplayer(NpgsqlFailedMessageStore store, RabbitMqConnector connector, TimeProvider time)
{
    public const string SourceExchangeHeader = "x-hub-source-exchange";

    /// <returns>The replay's number in the message's history, or null when there is no such failed message.</returns>
    public async Task<int?> ReplayAsync(long id, string by, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (await store.GetAsync(id, cancellationToken) is not { } message)
        {
            return null;
        }

        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(message.Headers) ?? [];
        var (exchange, routingKey) = headers.Remove(SourceExchangeHeader, out var sourceExchange)
            ? (sourceExchange, string.Empty)
            : (string.Empty, message.SourceQueue);
        headers.Remove("type", out var type);
        try
        {
            await using var connection = await connector.ConnectAsync("integrationhub-dlq-replay", cancellationToken);
            await using var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
            var properties = new BasicProperties
            {
                Persistent = true,
                ContentType = message.ContentType,
                Type = type,
                MessageId = message.MessageId.ToString(),
                Headers = headers.ToDictionary(h => h.Key, h => (object?)h.Value, StringComparer.Ordinal),
            };
            await channel.BasicPublishAsync(exchange, routingKey, mandatory: true, properties, message.Body, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await store.RecordReplayAsync(id, time.GetUtcNow(), by, "send failed", CancellationToken.None);
            throw;
        }

        return await store.RecordReplayAsync(id, time.GetUtcNow(), by, "sent", cancellationToken);
    }
}
