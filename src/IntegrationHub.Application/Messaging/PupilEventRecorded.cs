namespace IntegrationHub.Application.Messaging;

/// <summary>
/// Internal: the intake appended a pupil event to the ledger. Published through the outbox in the same
/// transaction; signalering consumes it and loads the event by <see cref="LedgerSequence"/>.
/// Carries only the pseudonym, never the persoonsgebonden nummer.
/// </summary>
/// <param name="EventType">The ledger's event type name, see <see cref="Persistence.PupilEventTypes"/>.</param>
public sealed record PupilEventRecorded(string Pupil, long LedgerSequence, Guid MessageId, string EventType);
