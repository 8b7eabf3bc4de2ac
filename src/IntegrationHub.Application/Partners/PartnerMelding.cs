using IntegrationHub.Application.Routing;

namespace IntegrationHub.Application.Partners;

/// <summary>
/// A melding as routed to one partner organisation (melding_routes), with the school location it came from and the
/// school's own key for the pupil (null when the school's key is no longer known), and the woongemeente it was routed by
/// (CBS code, e.g. "GM0344"): a status on it goes to DUO as that gemeente's.
/// </summary>
public sealed record PartnerMelding(
    Guid MeldingId,
    string OrganisationId,
    PartnerKind Kind,
    string Pupil,
    string Brin,
    string Vestiging,
    string? LvsPupilKey,
    string? Woongemeente = null);
