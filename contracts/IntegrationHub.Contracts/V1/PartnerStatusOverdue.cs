namespace IntegrationHub.Contracts.V1;

/// <summary>
/// Feedback to the school (the "terugkoppelgarantie"): the gemeente's organisation set no status on its melding within
/// the agreed term after DUO registered it. Sent once per melding; the operator sees the same alert.
/// </summary>
public sealed record PartnerStatusOverdue
{
    public required SchoolRef School { get; init; }

    public required Guid MeldingId { get; init; }

    public required string Meldingsnummer { get; init; }

    public required string LvsPupilKey { get; init; }

    /// <summary>The organisation the melding was routed to, when the hub routed it.</summary>
    public PartnerRef? Organisation { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public required int TermDays { get; init; }

    public required DateTimeOffset OverdueSince { get; init; }
}
