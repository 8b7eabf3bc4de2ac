namespace IntegrationHub.Contracts.V1;

/// <summary>Carried by every inbound message. <see cref="MessageId"/> is the idempotency key.</summary>
public sealed record Envelope
{
    public required Guid MessageId { get; init; }

    /// <summary>The school the message is about and sent by; must match the sender's credential.</summary>
    public required SchoolRef School { get; init; }

    /// <summary>The sending LVS/LAS, e.g. Magister, Somtoday, ParnasSys, ESIS, Eduarte.</summary>
    public required string SourceSystem { get; init; }

    /// <summary>When the fact happened at the school, in UTC.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    public Guid? CorrelationId { get; init; }

    /// <summary>W3C trace context <c>traceparent</c>, e.g. 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01.</summary>
    public string? TraceParent { get; init; }

    /// <summary>W3C trace context <c>tracestate</c>.</summary>
    public string? TraceState { get; init; }

    /// <summary>The contract version the sender wrote, "1.0" for this namespace.</summary>
    public required string SchemaVersion { get; init; }
}
