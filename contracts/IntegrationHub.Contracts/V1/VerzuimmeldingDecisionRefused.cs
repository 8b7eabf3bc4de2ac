namespace IntegrationHub.Contracts.V1;

/// <summary>The school's DecideVerzuimmelding could not be applied, e.g. approving a melding that waits for no approval.</summary>
public sealed record VerzuimmeldingDecisionRefused
{
    public required SchoolRef School { get; init; }

    public required Guid MeldingId { get; init; }

    /// <summary>The message id of the school's answer.</summary>
    public required Guid DecisionMessageId { get; init; }

    public required string Decision { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset RefusedAt { get; init; }
}
