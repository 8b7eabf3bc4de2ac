namespace IntegrationHub.Contracts.V1;

/// <summary>
/// Feedback to the school: what the gemeente (leerplicht or RMC) did with one of its meldingen, as its organisation set it
/// at the hub. Superseded by <see cref="VerzuimmeldingStatusChanged"/> and <see cref="VerzuimmeldingClosed"/> from DUO's
/// register (issue 10): a partner's status now goes to DUO, and the school hears it once DUO's register returns it. The
/// hub no longer sends this message; the type stays so that consumers built against it keep working.
/// </summary>
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
