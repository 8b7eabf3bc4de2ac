namespace IntegrationHub.Contracts.V1;

/// <summary>Feedback to the school: the message was stored. Sent again, with IsDuplicate, for a repeat.</summary>
public sealed record SubmissionAccepted
{
    public required Guid MessageId { get; init; }

    public required SchoolRef School { get; init; }

    public required string MessageType { get; init; }

    public required DateTimeOffset AcceptedAt { get; init; }

    public required bool IsDuplicate { get; init; }

    public Guid? CorrelationId { get; init; }
}
