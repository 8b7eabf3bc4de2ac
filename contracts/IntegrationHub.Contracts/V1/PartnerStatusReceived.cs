namespace IntegrationHub.Contracts.V1;

/// <summary>Feedback to the school: what the gemeente (leerplicht or RMC) did with one of its meldingen.</summary>
public sealed record PartnerStatusReceived
{
    public required SchoolRef School { get; init; }

    public required Guid MeldingId { get; init; }

    public required string LvsPupilKey { get; init; }

    public required PartnerRef From { get; init; }

    public required PartnerStatus Status { get; init; }

    public RedenAfgesloten? RedenAfgesloten { get; init; }

    public ToelichtingAfsluiting? ToelichtingAfsluiting { get; init; }

    public ContactpersoonRef? Contactpersoon { get; init; }

    public required DateTimeOffset SetAt { get; init; }
}
