namespace IntegrationHub.Application.Messaging;

/// <summary>Internal: a signal lost its basis; routing withdraws what it sent (DUO status "ingetrokken").</summary>
public sealed record SignalWithdrawn
{
    public required string SignalId { get; init; }

    public required string Kind { get; init; }

    public required string Recipient { get; init; }

    public required string Pupil { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset WithdrawnAt { get; init; }
}
