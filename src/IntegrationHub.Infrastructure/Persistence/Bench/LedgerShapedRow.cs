namespace IntegrationHub.Infrastructure.Persistence.Bench;

/// <summary>A row of the attendance ledger's shape, for the raw COPY baseline.</summary>
public sealed record LedgerShapedRow(Guid MessageId, string PupilPseudonym, string Brin, string Vestiging, string EventType, DateTimeOffset OccurredAt, string Payload);
