namespace IntegrationHub.Application.Partners;

/// <summary>A MAZL referral that was sent to one JGZ (mazl_referrals, state sent): whose pupil, from which school location.</summary>
public sealed record PartnerReferral(
    Guid ReferralId,
    string OrganisationId,
    string Pupil,
    string Brin,
    string Vestiging,
    string LvsPupilKey);
