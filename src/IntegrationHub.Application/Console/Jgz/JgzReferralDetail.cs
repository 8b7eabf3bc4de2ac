using IntegrationHub.Application.Partners;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Console.Jgz;

/// <summary>One referral: the inbox line, the MazlReferral exactly as delivered (null once purged), and the advice given on it.</summary>
public sealed record JgzReferralDetail(JgzReferralItem Summary, MazlReferral? Referral, IReadOnlyList<AdviceRecord> Advices);
