namespace IntegrationHub.Application.Console.Jgz;

/// <summary>What the inbox shows: referrals without advice yet, or all; <see cref="Query"/> matches the referral id, the pupil pseudonym or the BRIN exactly.</summary>
public sealed record JgzReferralFilter(string? Query, bool IncludeAnswered);
