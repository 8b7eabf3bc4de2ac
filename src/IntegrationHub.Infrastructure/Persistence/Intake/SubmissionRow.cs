namespace IntegrationHub.Infrastructure.Persistence.Intake;

/// <summary>A row of submissions as read back for a repeat.</summary>
internal sealed class SubmissionRow
{
    public Guid MessageId { get; set; }

    public string Brin { get; set; } = string.Empty;

    public string Vestiging { get; set; } = string.Empty;

    public string MessageType { get; set; } = string.Empty;

    public string Outcome { get; set; } = string.Empty;

    public string Reasons { get; set; } = "[]";

    public Guid? RejectionId { get; set; }

    public Guid? CorrelationId { get; set; }

    public DateTime FirstReceivedAt { get; set; }
}
