using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Cli.Replay;

/// <summary>
/// The intake's store for an offline replay: the same de-duplication and answers as the PostgreSQL store,
/// kept in memory. Accepted pupil facts and calendars are handed to the replay through a callback.
/// </summary>
internal sealed class InMemoryIntakeStore(Action<IntakeFact> accepted, Action<SchoolRef, object> feedback) : IIntakeStore
{
    private readonly Dictionary<Guid, SubmissionResult> _seen = [];

    public Task<SubmissionResult> RecordAcceptedAsync(AcceptedSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (_seen.TryGetValue(submission.MessageId, out var earlier))
        {
            return Task.FromResult(Answer(earlier with { IsDuplicate = true }, submission.School, submission.ReceivedAt));
        }

        var result = new SubmissionResult(submission.MessageId, submission.MessageType, SubmissionOutcome.Accepted, false, [], null);
        _seen[submission.MessageId] = result;
        accepted(submission.Fact);
        return Task.FromResult(Answer(result, submission.School, submission.ReceivedAt));
    }

    public Task<SubmissionResult> RecordRejectedAsync(RejectedSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Deduplicate && submission.MessageId is { } id && _seen.TryGetValue(id, out var earlier))
        {
            return Task.FromResult(Answer(earlier with { IsDuplicate = true }, submission.FeedbackSchool, submission.ReceivedAt));
        }

        var result = new SubmissionResult(submission.MessageId, submission.MessageType, SubmissionOutcome.Rejected, false, submission.Reasons, submission.RejectionId);
        if (submission.Deduplicate && submission.MessageId is { } newId)
        {
            _seen[newId] = result;
        }

        return Task.FromResult(Answer(result, submission.FeedbackSchool, submission.ReceivedAt));
    }

    private SubmissionResult Answer(SubmissionResult result, SchoolRef school, DateTimeOffset at)
    {
        object message = result.Outcome == SubmissionOutcome.Accepted
            ? new SubmissionAccepted { MessageId = result.MessageId!.Value, School = school, MessageType = result.MessageType!, AcceptedAt = at, IsDuplicate = result.IsDuplicate }
            : new SubmissionRejected { RejectionId = result.RejectionId!.Value, MessageId = result.MessageId, School = school, MessageType = result.MessageType, RejectedAt = at, Reasons = result.Reasons, IsDuplicate = result.IsDuplicate };
        feedback(school, message);
        return result;
    }
}
