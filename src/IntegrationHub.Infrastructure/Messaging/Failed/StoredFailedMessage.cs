namespace IntegrationHub.Infrastructure.Messaging.Failed;

/// <summary>A failed message with what a replay needs: where it goes, its headers and its body.</summary>
public sealed record StoredFailedMessage(
    long Id, Guid MessageId, string MessageType, string SourceQueue, string? Brin, string? ContentType, string Headers, byte[] Body, string State);
