using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Signalering;

/// <summary>Where the hub keeps each pupil's rule state, findings and meldingen, per school location.</summary>
public interface ISignaleringStore
{
    /// <summary>
    /// Opens one transaction for one pupil at one school location: marks <paramref name="messageId"/> in the inbox and
    /// locks the pupil's state row, so that concurrent workers (in this process or another) handle a pupil one message
    /// at a time. The school's own pupil key addresses its feedback.
    /// </summary>
    Task<ISignaleringTransaction> BeginAsync(string pupil, SchoolLocation school, Guid messageId, CancellationToken cancellationToken);

    /// <summary>
    /// Opens one transaction for many recorded events: marks all their message ids in the inbox (see
    /// <see cref="ISignaleringBatch.IsRepeat"/>) and locks the state rows of all their pupils at their school locations in
    /// one fixed order, so that concurrent batches (in this process or another) take a pupil one at a time and never
    /// deadlock on each other.
    /// </summary>
    Task<ISignaleringBatch> BeginBatchAsync(IReadOnlyCollection<SignaleringDelivery> deliveries, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the earliest pupil whose meldingen are due at <paramref name="now"/> (locked, skipped by other workers),
    /// or null. Committing the transaction replaces or removes the due check; disposing it leaves it for another try.
    /// </summary>
    Task<ISignaleringTransaction?> ClaimDueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
