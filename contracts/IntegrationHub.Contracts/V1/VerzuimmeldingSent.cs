namespace IntegrationHub.Contracts.V1;

/// <summary>
/// "Melding verzonden": the melding left the hub for its partner once (the broker confirmed it). Carries the melding
/// id the school needs to answer anything about it.
/// </summary>
public sealed record VerzuimmeldingSent
{
    public required SchoolRef School { get; init; }

    public required MeldingRef Melding { get; init; }

    public required DateTimeOffset MadeAt { get; init; }

    public required DateTimeOffset SentAt { get; init; }
}
