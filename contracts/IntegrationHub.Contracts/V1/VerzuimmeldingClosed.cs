namespace IntegrationHub.Contracts.V1;

/// <summary>Feedback to the school: the gemeente closed its melding (status afgesloten), with the reason from the fixed list.</summary>
public sealed record VerzuimmeldingClosed
{
    public required SchoolRef School { get; init; }

    public required Guid MeldingId { get; init; }

    public required string Meldingsnummer { get; init; }

    public required string LvsPupilKey { get; init; }

    public required RedenAfgesloten RedenAfgesloten { get; init; }

    public ToelichtingAfsluiting? ToelichtingAfsluiting { get; init; }

    /// <summary>The gemeente that closed it (CBS code), when DUO gives one.</summary>
    public string? Gemeente { get; init; }

    public ContactpersoonRef? Contactpersoon { get; init; }

    /// <summary>DUO's time for the status.</summary>
    public required DateTimeOffset ClosedAt { get; init; }
}
