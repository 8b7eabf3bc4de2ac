using IntegrationHub.Application.Meldingen;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Signalering;

/// <summary>One pupil at one school, under lock. Disposing without <see cref="CommitAsync"/> rolls everything back.</summary>
public interface ISignaleringTransaction : IAsyncDisposable
{
    /// <summary>The message was processed before: acknowledge and skip.</summary>
    bool IsRepeat { get; }

    string Pupil { get; }

    SchoolLocation School { get; }

    /// <summary>The pupil's rule state at this school, or null for a pupil the rules have not seen here.</summary>
    PupilState? State { get; }

    /// <summary>The pupil's meldingen at this school.</summary>
    MeldingBook Book { get; }

    /// <summary>The school's own key for the pupil (from its LVS), or null when the school never sent one.</summary>
    string? LvsPupilKey { get; }

    /// <summary>
    /// Stores the new state, findings and meldingen (with their history), queues the messages in the outbox, and sets
    /// the pupil's next due check, atomically. <paramref name="digestDueAt"/> is when the school's digest goes out.
    /// </summary>
    Task CommitAsync(PupilEvaluationResult result, DateTimeOffset digestDueAt, CancellationToken cancellationToken);
}
