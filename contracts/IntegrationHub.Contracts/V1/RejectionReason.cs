namespace IntegrationHub.Contracts.V1;

/// <summary>A machine-readable code (e.g. "brin.mismatch"), the field it concerns, and a sentence for people.</summary>
public sealed record RejectionReason
{
    public required string Code { get; init; }

    public string? Field { get; init; }

    public required string Message { get; init; }
}
