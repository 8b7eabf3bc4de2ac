using IntegrationHub.Application.Persistence;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Intake.Records;

/// <summary>
/// The rule that facts belong to the school that recorded them: a school location may correct, retract or re-send
/// only a record it recorded itself. The store claims a record id that is new for the pupil for the sender (first
/// come, decided by the database in one statement) and passes the owner it holds; this decides. Pure, so the
/// PostgreSQL store and the replay's in-memory store apply the same rule.
/// </summary>
public static class RecordOwnership
{
    /// <param name="submission">The accepted message naming <paramref name="record"/>.</param>
    /// <param name="record">The record the message names (<see cref="SchoolRecord.Of"/>).</param>
    /// <param name="owner">The school location the record belongs to: the sender's own when the id was new.</param>
    /// <returns>Null when the record is the sender's own; otherwise the rejection to record instead of the fact.</returns>
    public static RejectedSubmission? Check(AcceptedSubmission submission, SchoolRecord record, SchoolLocation owner)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(record);
        if (owner == record.School)
        {
            return null;
        }

        return new RejectedSubmission(Guid.CreateVersion7(submission.ReceivedAt), submission.MessageId, submission.MessageType,
            submission.Submission, submission.School, submission.CorrelationId, submission.ReceivedAt,
            [Rejections.OtherSchoolsRecord(record.Field)], Deduplicate: true);
    }
}
