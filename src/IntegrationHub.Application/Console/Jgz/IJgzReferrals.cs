namespace IntegrationHub.Application.Console.Jgz;

/// <summary>
/// The JGZ's read model: the MAZL referrals the hub sent to one organisation (only sent ones: a referral is sent only on
/// the region's basis, recorded consent by default), never another's. Every method filters by the organisation in the query.
/// </summary>
public interface IJgzReferrals
{
    Task<JgzReferralPage> ListAsync(string organisationId, JgzReferralFilter filter, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>The referral in the JGZ projection (the MazlReferral the hub delivered); null unless sent to <paramref name="organisationId"/>.</summary>
    Task<JgzReferralDetail?> FindAsync(string organisationId, Guid referralId, CancellationToken cancellationToken);
}
