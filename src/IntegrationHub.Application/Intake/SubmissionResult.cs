using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Intake;

/// <summary>
/// The durable outcome of one submission. For a repeat of a message id the original outcome is returned
/// with <see cref="IsDuplicate"/> set, and the school is answered again.
/// </summary>
public sealed record SubmissionResult(
    Guid? MessageId,
    string? MessageType,
    SubmissionOutcome Outcome,
    bool IsDuplicate,
    IReadOnlyList<RejectionReason> Reasons,
    Guid? RejectionId);
