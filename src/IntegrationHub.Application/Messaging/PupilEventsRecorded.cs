namespace IntegrationHub.Application.Messaging;

/// <summary>
/// Internal: the pupil events one intake transaction appended to the ledger, in ledger order. Published through the
/// outbox in that same transaction: one message for the batch, not one per event, so a school morning costs the broker
/// one signalering message per intake batch (up to a hundred events) instead of one per event. Each event keeps its own
/// message id, by which signalering marks it evaluated (inbox), so a message that is redelivered or replayed applies
/// only the events not applied before. Carries only pseudonyms, never the persoonsgebonden nummer.
/// </summary>
public sealed record PupilEventsRecorded(IReadOnlyList<PupilEventRecorded> Events);
