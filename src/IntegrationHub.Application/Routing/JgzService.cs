namespace IntegrationHub.Application.Routing;

/// <summary>
/// The JGZ organisation serving a school location, with the region's legal basis for a MAZL referral:
/// "consent" (recorded consent, the default) or "notice-to-parents" (a documented notice to the parents).
/// </summary>
public sealed record JgzService(PartnerOrganisation Organisation, string MazlBasis);
