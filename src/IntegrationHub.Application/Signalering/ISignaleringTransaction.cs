using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Signalering;

/// <summary>One pupil's state under lock. Disposing without <see cref="CommitAsync"/> rolls everything back.</summary>
public interface ISignaleringTransaction : IAsyncDisposable
{
    /// <summary>The message was processed before: acknowledge and skip.</summary>
    bool IsRepeat { get; }

    /// <summary>The pupil's state, or null for a pupil the rules have not seen.</summary>
    PupilState? State { get; }

    /// <summary>The school's own key for the pupil (from its LVS), or null when the school never sent one.</summary>
    string? LvsPupilKey { get; }

    /// <summary>Stores the new state and signals and queues <paramref name="messages"/> in the outbox, atomically.</summary>
    Task CommitAsync(SignaleringResult result, SignalMessages messages, CancellationToken cancellationToken);
}
