namespace IntegrationHub.Contracts.V1;

/// <summary>
/// From a leerplicht organisation or RMC region on its own exchange <c>partner.&lt;org&gt;.in</c>: the status it set on a
/// melding it was notified of. The broker names the sender (its user id), as it does for schools; the hub passes the
/// status back to the school.
/// </summary>
public sealed record PartnerStatusSet
{
    /// <summary>The partner's idempotency key.</summary>
    public required Guid MessageId { get; init; }

    public required Guid MeldingId { get; init; }

    public required PartnerStatus Status { get; init; }

    /// <summary>Required when <see cref="Status"/> is afgesloten.</summary>
    public RedenAfgesloten? RedenAfgesloten { get; init; }

    public ToelichtingAfsluiting? ToelichtingAfsluiting { get; init; }

    public ContactpersoonRef? Contactpersoon { get; init; }

    public required DateTimeOffset SetAt { get; init; }

    /// <summary>W3C trace context of the partner's own operation, if it has one.</summary>
    public string? TraceParent { get; init; }
}
