namespace IntegrationHub.Contracts.V1;

/// <summary>
/// Feedback to the school: the message was not accepted. The hub keeps the original under
/// <see cref="RejectionId"/> for operators and replay. <see cref="MessageId"/> is null when it could not be read.
/// </summary>
public sealed record SubmissionRejected
{
    public required Guid RejectionId { get; init; }

    public Guid? MessageId { get; init; }

    public required SchoolRef School { get; init; }

    public string? MessageType { get; init; }

    public required DateTimeOffset RejectedAt { get; init; }

    public required IReadOnlyList<RejectionReason> Reasons { get; init; }

    public required bool IsDuplicate { get; init; }

    public Guid? CorrelationId { get; init; }
}
