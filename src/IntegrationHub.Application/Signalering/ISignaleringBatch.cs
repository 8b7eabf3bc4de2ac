using IntegrationHub.Application.Meldingen;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Signalering;

/// <summary>
/// Many pupils' recorded events in one transaction, every pupil of the batch under lock. Each evaluation starts from
/// the pupil as the previous one in this batch left it. Disposing without <see cref="CommitAsync"/> rolls back
/// everything, inbox marks included.
/// </summary>
public interface ISignaleringBatch : IAsyncDisposable
{
    /// <summary>The message was processed before this batch: skip it.</summary>
    bool IsRepeat(Guid messageId);

    /// <summary>The pupil at the school: as stored, or as the evaluations recorded so far in this batch left it.</summary>
    PupilSnapshot Pupil(string pupil, SchoolLocation school);

    /// <summary>Keeps one evaluation for the commit; <paramref name="digestDueAt"/> is when the school's digest goes out.</summary>
    void Record(string pupil, SchoolLocation school, PupilEvaluationResult result, DateTimeOffset digestDueAt);

    /// <summary>Stores every recorded evaluation (state, findings, meldingen, outbox, digest items, due checks) at once.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
