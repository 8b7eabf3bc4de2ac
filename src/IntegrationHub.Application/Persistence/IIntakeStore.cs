using IntegrationHub.Application.Intake;

namespace IntegrationHub.Application.Persistence;

/// <summary>
/// Records one submission's outcome and queues its feedback (and internal notifications) in ONE transaction.
/// A message id seen before gets the original outcome back with IsDuplicate, and the school is answered again.
/// </summary>
public interface IIntakeStore
{
    Task<SubmissionResult> RecordAcceptedAsync(AcceptedSubmission submission, CancellationToken cancellationToken);

    Task<SubmissionResult> RecordRejectedAsync(RejectedSubmission submission, CancellationToken cancellationToken);
}
