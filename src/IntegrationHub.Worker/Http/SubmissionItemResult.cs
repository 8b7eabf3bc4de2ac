using IntegrationHub.Application.Intake;

namespace IntegrationHub.Worker.Http;

/// <summary>The answer for one batch item, in the order of the request.</summary>
public sealed record SubmissionItemResult(
    int Index,
    Guid? MessageId,
    string Outcome,
    bool IsDuplicate,
    Guid? RejectionId,
    IReadOnlyList<SubmissionReason> Reasons)
{
    public static SubmissionItemResult From(int index, SubmissionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outcome = result.Outcome == SubmissionOutcome.Accepted ? "accepted" : "rejected";
        var reasons = result.Reasons.Select(r => new SubmissionReason(r.Code, r.Field, r.Message)).ToList();
        return new SubmissionItemResult(index, result.MessageId, outcome, result.IsDuplicate, result.RejectionId, reasons);
    }
}
