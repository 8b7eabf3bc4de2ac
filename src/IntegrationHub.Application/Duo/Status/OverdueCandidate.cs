namespace IntegrationHub.Application.Duo.Status;

/// <summary>
/// A melding DUO registered (status R) that may be waiting too long for the gemeente's status, with the organisation it
/// was routed to (melding_routes), when the hub routed it. <see cref="PartnerKind"/> is "leerplicht" or "rmc".
/// </summary>
public sealed record OverdueCandidate(
    Guid MeldingId,
    string Meldingsnummer,
    string Brin,
    string Vestiging,
    string LvsPupilKey,
    DateTimeOffset RegisteredAt,
    string Status,
    DateTimeOffset? OverdueNotifiedAt,
    string? OrganisationId,
    string? PartnerKind);
