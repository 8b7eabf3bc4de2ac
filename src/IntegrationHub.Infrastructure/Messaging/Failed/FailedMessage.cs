namespace IntegrationHub.Infrastructure.Messaging.Failed;

/// <summary>A message that exhausted its retries, as it is recorded in the failed-message store.</summary>
/// <param name="SourceQueue">The queue it was taken from (and goes back to on replay).</param>
/// <param name="Brin">The school it came from or concerns, when known (the AMQP intake knows it).</param>
/// <param name="Attempts">Tries in this round (1 + retries).</param>
/// <param name="Headers">The transport headers to send again on replay (string values only).</param>
public sealed record FailedMessage(
    Guid MessageId,
    string MessageType,
    string SourceQueue,
    string? Brin,
    FailedMessageCause Cause,
    int Attempts,
    DateTimeOffset FailedAt,
    string? ContentType,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body);
