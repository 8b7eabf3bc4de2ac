namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>An unsent outbox row, claimed by the relay.</summary>
public sealed class OutboxRow
{
    public long Sequence { get; set; }

    public Guid MessageId { get; set; }

    public string? Destination { get; set; }

    public string MessageType { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public string? Headers { get; set; }

    public int Attempts { get; set; }
}
