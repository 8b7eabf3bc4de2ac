namespace IntegrationHub.Application.Routing;

/// <summary>
/// A partner organisation in the directory. <see cref="OrganisationId"/> is a lowercase slug ("rbl-utrecht-zuid",
/// "rmc-31", "jgz-ggd-regio-utrecht"); its queue and broker user are named after it (see <see cref="Messaging.Topology"/>).
/// </summary>
public sealed record PartnerOrganisation(string OrganisationId, PartnerKind Kind, string Name);
