namespace IntegrationHub.Application.Console.Beheer;

/// <summary>
/// One cause of failure (exception, normalised reason, message type) as the console shows it: how many of its messages
/// are open, archived and replayed, and whether an operator is investigating it.
/// </summary>
public sealed record FailedGroupRow(
    string GroupKey,
    string MessageType,
    string ExceptionType,
    string Reason,
    int Open,
    int Archived,
    int Replayed,
    DateTime FirstFailedAt,
    DateTime LastFailedAt,
    string? InvestigationName,
    string? InvestigationNote,
    string? InvestigationBy,
    DateTime? InvestigationStartedAt);
