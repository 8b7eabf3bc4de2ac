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
    /// <summary>
    /// Whose record a message is about, given the school locations that hold a record with this id for the pupil: a
    /// creation or re-send is always the sender's own (ids are per school); a change is about the sender's own record
    /// when it holds one, else about another location's when only another holds it, else (out of order) the sender's.
    /// </summary>
    public static SchoolLocation OwnerOf(SchoolRecord record, IReadOnlyCollection<SchoolLocation> holders)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(holders);
        return !record.IsChange || holders.Contains(record.School) || holders.Count == 0 ? record.School : holders.First();
    }

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

        return RejectedSubmission.Instead(submission, Rejections.OtherSchoolsRecord(record.Field));
    }
}
