namespace IntegrationHub.Contracts.V1;

/// <summary>
/// Feedback to the school: a signal lost its basis (a correction, a retraction, leave granted later). For a
/// melding the DUO status becomes <see cref="DuoStatus"/> ("ingetrokken"); <see cref="Reason"/> says why.
/// </summary>
public sealed record VerzuimSignalWithdrawn
{
    public required string SignalId { get; init; }

    public required SchoolRef School { get; init; }

    public required string LvsPupilKey { get; init; }

    public required string Kind { get; init; }

    public required string Recipient { get; init; }

    public required string Reason { get; init; }

    public required string DuoStatus { get; init; }

    public required DateTimeOffset WithdrawnAt { get; init; }
}
