namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>A claimed row that was not sent in this round, and why.</summary>
public sealed record OutboxFailedRow(OutboxRow Row, string Error);
