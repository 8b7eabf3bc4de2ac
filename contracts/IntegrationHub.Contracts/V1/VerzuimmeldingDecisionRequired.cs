namespace IntegrationHub.Contracts.V1;

/// <summary>
/// "Beslissing nodig": a correction took away the grounds for a melding that was already sent. The hub never
/// withdraws a melding by itself: the school answers with DecideVerzuimmelding, "intrekken" (withdraw, with a
/// reason) or "handhaven" (keep). Until then nothing reaches the partner.
/// </summary>
public sealed record VerzuimmeldingDecisionRequired
{
    public required SchoolRef School { get; init; }

    public required MeldingRef Melding { get; init; }

    /// <summary>Which correction, readable by the school.</summary>
    public required string Correction { get; init; }

    /// <summary>"intrekken" or "handhaven".</summary>
    public required IReadOnlyList<string> Choices { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }
}
