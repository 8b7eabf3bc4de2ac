namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>
/// One outbox row read into what the bus sends: the message as its CLR type, the envelope data, and the
/// destination address (null: publish by message type).
/// </summary>
public sealed record OutboxSend(OutboxRow Row, object Message, Type MessageType, OutboxHeaders? Headers, Uri? Destination);
