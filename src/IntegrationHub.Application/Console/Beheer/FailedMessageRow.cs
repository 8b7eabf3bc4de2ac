namespace IntegrationHub.Application.Console.Beheer;

/// <summary>One failed message as the console lists it (never its body). <see cref="State"/>: failed, replayed or archived.</summary>
public sealed record FailedMessageRow(
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
    DateTime? ArchivedAt,
    string? ArchivedBy,
    int Replays);
