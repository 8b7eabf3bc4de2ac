using System.Text.Json;
using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Messaging.Outbox;

namespace IntegrationHub.Infrastructure.Persistence.Intake;

/// <summary>Queues the answer to the school on its own feedback queue (Topology.FeedbackAddress of the sender's BRIN).</summary>
internal static class Feedback
{
    /// <summary>On its own or, for a school with batched acceptance, in the transaction's SubmissionsAccepted.</summary>
    public static void Accepted(IntakeTransaction db, string senderBrin, SubmissionAccepted message) => db.AnswerAccepted(senderBrin, message);

    public static void Rejected(IntakeTransaction db, string senderBrin, SubmissionRejected message) =>
        db.EnqueueOutbox(Topology.FeedbackAddress(senderBrin), message, typeof(SubmissionRejected), new OutboxHeaders(CorrelationId: message.CorrelationId));

    /// <summary>Answers a repeat with the original outcome, marked IsDuplicate.</summary>
    public static SubmissionResult Repeat(IntakeTransaction db, SubmissionRow original)
    {
        var school = new SchoolRef { Brin = original.Brin, Vestiging = original.Vestiging };
        var firstReceivedAt = new DateTimeOffset(DateTime.SpecifyKind(original.FirstReceivedAt, DateTimeKind.Utc));
        if (original.Outcome == "accepted")
        {
            Accepted(db, original.Brin, new SubmissionAccepted
            {
                MessageId = original.MessageId,
                School = school,
                MessageType = original.MessageType,
                AcceptedAt = firstReceivedAt,
                IsDuplicate = true,
                CorrelationId = original.CorrelationId,
            });
            return new SubmissionResult(original.MessageId, original.MessageType, SubmissionOutcome.Accepted, true, [], null);
        }

        var reasons = JsonSerializer.Deserialize<RejectionReason[]>(original.Reasons, HubJson.Options) ?? [];
        Rejected(db, original.Brin, new SubmissionRejected
        {
            RejectionId = original.RejectionId!.Value,
            MessageId = original.MessageId,
            School = school,
            MessageType = original.MessageType,
            RejectedAt = firstReceivedAt,
            Reasons = reasons,
            IsDuplicate = true,
            CorrelationId = original.CorrelationId,
        });
        return new SubmissionResult(original.MessageId, original.MessageType, SubmissionOutcome.Rejected, true, reasons, original.RejectionId);
    }
}
