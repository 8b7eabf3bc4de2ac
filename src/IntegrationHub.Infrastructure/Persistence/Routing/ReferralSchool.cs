namespace IntegrationHub.Infrastructure.Persistence.Routing;

/// <summary>The school side of a referral, for the feedback that follows its sending or blocking.</summary>
internal sealed record ReferralSchool(string Brin, string Vestiging, string FindingId, string LvsPupilKey);
