namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>An outbox row names a type the relay has no registration for (AddOutboxMessageType).</summary>
public sealed class UnknownOutboxMessageTypeException : Exception
{
    public UnknownOutboxMessageTypeException()
    {
    }

    public UnknownOutboxMessageTypeException(string messageType)
        : base($"No outbox registration for message type '{messageType}'.")
    {
    }

    public UnknownOutboxMessageTypeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
