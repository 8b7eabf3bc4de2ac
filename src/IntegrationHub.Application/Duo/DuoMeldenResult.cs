namespace IntegrationHub.Application.Duo;

/// <summary>
/// DUO's answer to "melden": the meldingsnummer, or the business errors that refused it. <see cref="FoundExisting"/> is
/// true when the adapter found the melding already registered (its earlier answer was lost) and did not send it again.
/// </summary>
public sealed record DuoMeldenResult
{
    public string? Meldingsnummer { get; init; }

    public IReadOnlyList<DuoBusinessError> Errors { get; init; } = [];

    public bool FoundExisting { get; init; }

    /// <summary>DUO's own time of the registration (status R), when it gives one.</summary>
    public DateTimeOffset? RegisteredAt { get; init; }

    public bool IsRegistered => Meldingsnummer is not null && Errors.Count == 0;
}
