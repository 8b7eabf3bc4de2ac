using IntegrationHub.Application.Intake;

namespace IntegrationHub.Application.Persistence;

/// <summary>
/// Records submissions' outcomes and queues their feedback (and internal notifications). A message id seen before
/// gets the original outcome back with IsDuplicate, and the school is answered again.
/// </summary>
public interface IIntakeStore
{
    /// <summary>
    /// Records <paramref name="submissions"/> in ONE transaction, one after the other, as if each were recorded on its
    /// own in that order: a message id repeated within the list is stored once and its repeat answered as one.
    /// Returns one result per submission, in order, once the transaction committed; when it throws, none is recorded.
    /// </summary>
    Task<IReadOnlyList<SubmissionResult>> RecordAsync(IReadOnlyList<PreparedSubmission> submissions, CancellationToken cancellationToken);
}
