namespace IntegrationHub.Contracts.V1;

/// <summary>
/// Feedback to a school connected with batched acceptance (<c>hub school add --batched-acceptance</c>): every message of
/// one intake transaction that the hub stored, or answered again as a repeat, in one message instead of one
/// <see cref="SubmissionAccepted"/> each. Each item says exactly what that <see cref="SubmissionAccepted"/> would have
/// said. Rejections still come one by one, as <see cref="SubmissionRejected"/>. A message is never in two batches, except
/// as a repeat (IsDuplicate) when the school sent it again.
/// </summary>
public sealed record SubmissionsAccepted
{
    /// <summary>This answer's own id (also its envelope's message id), new for every batch.</summary>
    public required Guid BatchId { get; init; }

    /// <summary>The BRIN of the school that sent the messages (the feedback queue's owner).</summary>
    public required string Brin { get; init; }

    /// <summary>The accepted messages, in the order the hub recorded them.</summary>
    public required IReadOnlyList<SubmissionAccepted> Accepted { get; init; }
}
