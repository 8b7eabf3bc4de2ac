using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Persistence;

namespace IntegrationHub.Application.Tests.Intake;

/// <summary>An in-memory IIntakeStore for the orchestration tests only (the real store is tested on PostgreSQL).</summary>
internal sealed class InMemoryIntakeStore : IIntakeStore
{
    public List<AcceptedSubmission> Accepted { get; } = [];

    public List<RejectedSubmission> Rejected { get; } = [];

    /// <summary>How many times the store was called (each call is one transaction in the real store).</summary>
    public int Batches { get; private set; }

    public Task<IReadOnlyList<SubmissionResult>> RecordAsync(IReadOnlyList<PreparedSubmission> submissions, CancellationToken cancellationToken)
    {
        Batches++;
        return Task.FromResult<IReadOnlyList<SubmissionResult>>(submissions.Select(Record).ToList());
    }

    private SubmissionResult Record(PreparedSubmission submission)
    {
        switch (submission)
        {
            case AcceptedSubmission accepted:
                Accepted.Add(accepted);
                return new SubmissionResult(accepted.MessageId, accepted.MessageType, SubmissionOutcome.Accepted, false, [], null);
            case RejectedSubmission rejected:
                Rejected.Add(rejected);
                return new SubmissionResult(rejected.MessageId, rejected.MessageType, SubmissionOutcome.Rejected, false, rejected.Reasons, rejected.RejectionId);
            default:
                throw new ArgumentException($"Unknown submission {submission.GetType().Name}.", nameof(submission));
        }
    }
}
