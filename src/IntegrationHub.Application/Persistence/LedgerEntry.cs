using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Persistence;

/// <summary>One row of the attendance ledger: its sequence, when it was recorded, and the domain event.</summary>
public sealed record LedgerEntry(long Sequence, Guid MessageId, DateTimeOffset RecordedAt, PupilEvent Event);
