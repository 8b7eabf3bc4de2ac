namespace IntegrationHub.Application.Routing;

/// <summary>The coded reasons a MAZL referral is not sent (they reach the school in MazlReferralBlocked).</summary>
public static class BlockReasons
{
    public const string ConsentMissing = "consent.missing";
    public const string ConsentWithdrawn = "consent.withdrawn";
    public const string MazlNotBought = "mazl.not-bought";
    public const string ConversationIncomplete = "conversation.incomplete";
    public const string ReferralNotRequested = "referral.not-requested";
    public const string FindingUnknown = "finding.unknown";
}
