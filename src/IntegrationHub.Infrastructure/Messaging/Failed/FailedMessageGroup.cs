namespace IntegrationHub.Infrastructure.Messaging.Failed;

/// <summary>One cause of failure (group key) with how many open failed messages it has.</summary>
public sealed record FailedMessageGroup(
    string GroupKey, string MessageType, string ExceptionType, string Reason, long Messages, DateTime FirstFailedAt, DateTime LastFailedAt);
