namespace IntegrationHub.Infrastructure.Messaging.Failed;

/// <summary>One failed message as <c>hub dlq list</c> shows it (no body).</summary>
public sealed record FailedMessageSummary(
    long Id,
    Guid MessageId,
    string MessageType,
    string SourceQueue,
    string? Brin,
    string GroupKey,
    string ExceptionType,
    string Reason,
    int Attempts,
    int Failures,
    DateTime FirstFailedAt,
    DateTime LastFailedAt,
    string State,
    int Replays);
