namespace IntegrationHub.Application.Messaging;

/// <summary>
/// Internal: the intake appended a pupil event to the ledger. It travels to signalering in the
/// <see cref="PupilEventsRecorded"/> of its intake transaction, written to the outbox in that transaction. It carries
/// the ledger row itself (<see cref="Payload"/>, the pseudonymised event as the ledger
/// stores it), so signalering does not read back what the intake just wrote; a message without a payload (sent by
/// an older intake) is loaded from the ledger by <see cref="LedgerSequence"/>.
/// Carries only the pseudonym, never the persoonsgebonden nummer.
/// </summary>
/// <param name="EventType">The ledger's event type name, see <see cref="Persistence.PupilEventTypes"/>.</param>
public sealed record PupilEventRecorded(string Pupil, long LedgerSequence, Guid MessageId, string EventType)
{
    /// <summary>When the intake recorded the event (the ledger's recorded_at).</summary>
    public DateTimeOffset? RecordedAt { get; init; }

    /// <summary>The ledger row's payload: the domain event as JSON, in the ledger's own format.</summary>
    public string? Payload { get; init; }

    /// <summary>The W3C traceparent of the school's message, if it carried one: it travels on to what the event causes.</summary>
    public string? TraceParent { get; init; }
}
