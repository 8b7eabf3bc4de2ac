using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Persistence;

namespace IntegrationHub.Application.Tests.Intake;

/// <summary>An in-memory IIntakeStore for the orchestration tests only (the real store is tested on PostgreSQL).</summary>
internal sealed class InMemoryIntakeStore : IIntakeStore
{
    public List<AcceptedSubmission> Accepted { get; } = [];

    public List<RejectedSubmission> Rejected { get; } = [];

    public Task<SubmissionResult> RecordAcceptedAsync(AcceptedSubmission submission, CancellationToken cancellationToken)
    {
        Accepted.Add(submission);
        return Task.FromResult(new SubmissionResult(submission.MessageId, submission.MessageType, SubmissionOutcome.Accepted, false, [], null));
    }

    public Task<SubmissionResult> RecordRejectedAsync(RejectedSubmission submission, CancellationToken cancellationToken)
    {
        Rejected.Add(submission);
        return Task.FromResult(new SubmissionResult(
            submission.MessageId, submission.MessageType, SubmissionOutcome.Rejected, false, submission.Reasons, submission.RejectionId));
    }
}
