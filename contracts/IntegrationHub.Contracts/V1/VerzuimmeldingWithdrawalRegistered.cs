namespace IntegrationHub.Contracts.V1;

/// <summary>Feedback to the school: DUO's register shows its melding as ingetrokken, after the school withdrew it.</summary>
public sealed record VerzuimmeldingWithdrawalRegistered
{
    public required SchoolRef School { get; init; }

    public required Guid MeldingId { get; init; }

    public required string Meldingsnummer { get; init; }

    public required string LvsPupilKey { get; init; }

    /// <summary>DUO's time for the status.</summary>
    public required DateTimeOffset WithdrawnAt { get; init; }
}
