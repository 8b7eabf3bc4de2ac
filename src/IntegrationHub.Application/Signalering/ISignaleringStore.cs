using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Signalering;

/// <summary>Where signalering keeps each pupil's rule state and signals.</summary>
public interface ISignaleringStore
{
    /// <summary>
    /// Opens one transaction for one pupil: marks <paramref name="messageId"/> in the inbox and locks the pupil's
    /// state row, so that concurrent workers (in this process or another) handle a pupil one event at a time.
    /// <paramref name="school"/> is the school of the event, whose own pupil key addresses the feedback.
    /// </summary>
    Task<ISignaleringTransaction> BeginAsync(string pupil, SchoolLocation school, Guid messageId, CancellationToken cancellationToken);
}
