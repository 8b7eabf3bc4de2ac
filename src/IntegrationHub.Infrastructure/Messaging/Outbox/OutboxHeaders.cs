namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>
/// Optional envelope data for an outbox message. <see cref="MessageId"/> fixes the outgoing MessageId (default:
/// a new version-7 GUID); <see cref="CorrelationId"/> and <see cref="Headers"/> go onto the MassTransit envelope.
/// </summary>
public sealed record OutboxHeaders(Guid? MessageId = null, Guid? CorrelationId = null, IReadOnlyDictionary<string, string>? Headers = null);
