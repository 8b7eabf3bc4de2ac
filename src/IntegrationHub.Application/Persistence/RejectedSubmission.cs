using IntegrationHub.Application.Intake;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Persistence;

/// <summary>
/// A message that is not accepted, kept whole (raw bytes) for operators and replay.
/// <see cref="Deduplicate"/> is true when the message was read and is the sender's own (its message id is then
/// recorded like an accepted one, so a repeat gets the same answer); false for unreadable messages and for a
/// BRIN mismatch, whose message id cannot be trusted.
/// </summary>
public sealed record RejectedSubmission(
    Guid RejectionId,
    Guid? MessageId,
    string? MessageType,
    InboundSubmission Submission,
    SchoolRef FeedbackSchool,
    Guid? CorrelationId,
    DateTimeOffset ReceivedAt,
    IReadOnlyList<RejectionReason> Reasons,
    bool Deduplicate) : PreparedSubmission
{
    /// <summary>The rejection recorded instead of a message that was read and validated but may not be applied.</summary>
    public static RejectedSubmission Instead(AcceptedSubmission submission, RejectionReason reason)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return new RejectedSubmission(Guid.CreateVersion7(submission.ReceivedAt), submission.MessageId, submission.MessageType,
            submission.Submission, submission.School, submission.CorrelationId, submission.ReceivedAt, [reason], Deduplicate: true);
    }
}
