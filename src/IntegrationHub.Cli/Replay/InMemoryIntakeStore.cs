using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Intake.Mapping;
using IntegrationHub.Application.Intake.Records;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Cli.Replay;

/// <summary>
/// The intake's store for an offline replay: the same de-duplication and answers as the PostgreSQL store,
/// kept in memory, and the same rule that a school changes only its own records (<see cref="RecordOwnership"/>).
/// Accepted facts are handed to the replay through a callback. A <c>DecideVerzuimmelding</c> is checked against the
/// replay's own meldingen (<paramref name="meldingOwner"/>) by the same rule as in PostgreSQL (<see cref="MeldingOwnership"/>).
/// </summary>
internal sealed class InMemoryIntakeStore(Action<IntakeFact> accepted, Action<SchoolRef, object> feedback, Func<Guid, SchoolLocation?>? meldingOwner = null) : IIntakeStore
{
    private readonly Dictionary<Guid, SubmissionResult> _seen = [];
    private readonly Dictionary<(string Pupil, string Kind, string Id), HashSet<SchoolLocation>> _holders = [];

    public Task<IReadOnlyList<SubmissionResult>> RecordAsync(IReadOnlyList<PreparedSubmission> submissions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        var results = submissions.Select(submission => submission switch
        {
            AcceptedSubmission accepted => RecordAccepted(accepted),
            RejectedSubmission rejected => RecordRejected(rejected),
            _ => throw new ArgumentException($"Unknown submission {submission.GetType().Name}.", nameof(submissions)),
        }).ToList();
        return Task.FromResult<IReadOnlyList<SubmissionResult>>(results);
    }

    private SubmissionResult RecordAccepted(AcceptedSubmission submission)
    {
        if (_seen.TryGetValue(submission.MessageId, out var earlier))
        {
            return Answer(earlier with { IsDuplicate = true }, submission.School, submission.ReceivedAt);
        }

        if (SchoolRecord.Of(submission.Fact) is { } record)
        {
            var key = (record.Pupil, record.Kind, record.Id);
            var holders = _holders.TryGetValue(key, out var held) ? held : _holders[key] = [];
            if (RecordOwnership.Check(submission, record, RecordOwnership.OwnerOf(record, holders)) is { } otherSchools)
            {
                return RecordRejected(otherSchools);
            }

            holders.Add(record.School);
        }

        if (submission.Fact is IMeldingFact decision
            && MeldingOwnership.Check(submission, decision, meldingOwner?.Invoke(decision.MeldingId)) is { } unknownMelding)
        {
            return RecordRejected(unknownMelding);
        }

        var result = new SubmissionResult(submission.MessageId, submission.MessageType, SubmissionOutcome.Accepted, false, [], null);
        _seen[submission.MessageId] = result;
        accepted(submission.Fact);
        return Answer(result, submission.School, submission.ReceivedAt);
    }

    private SubmissionResult RecordRejected(RejectedSubmission submission)
    {
        if (submission.Deduplicate && submission.MessageId is { } id && _seen.TryGetValue(id, out var earlier))
        {
            return Answer(earlier with { IsDuplicate = true }, submission.FeedbackSchool, submission.ReceivedAt);
        }

        var result = new SubmissionResult(submission.MessageId, submission.MessageType, SubmissionOutcome.Rejected, false, submission.Reasons, submission.RejectionId);
        if (submission.Deduplicate && submission.MessageId is { } newId)
        {
            _seen[newId] = result;
        }

        return Answer(result, submission.FeedbackSchool, submission.ReceivedAt);
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
