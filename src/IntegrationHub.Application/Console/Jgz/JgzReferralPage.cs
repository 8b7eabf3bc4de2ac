namespace IntegrationHub.Application.Console.Jgz;

/// <summary>One page of referrals and how many match in all.</summary>
public sealed record JgzReferralPage(IReadOnlyList<JgzReferralItem> Items, int Total);
