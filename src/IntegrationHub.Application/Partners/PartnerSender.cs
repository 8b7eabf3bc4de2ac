using System.Text.RegularExpressions;
using IntegrationHub.Application.Messaging;

namespace IntegrationHub.Application.Partners;

/// <summary>
/// Who sent a partner answer, as the broker proves it: the <c>user_id</c> property (the broker refuses a message whose
/// user_id is not the connection's user) must be "partner-&lt;org&gt;", and the message must have come through that same
/// organisation's exchange "partner.&lt;org&gt;.in" (only that user may write there). Nothing in the body is trusted.
/// </summary>
public static partial class PartnerSender
{
    private const string UserPrefix = "partner-";

    /// <returns>The organisation id, or null when no partner user vouches for the message.</returns>
    public static string? Identify(string? userId, string exchange)
    {
        if (userId is null || !userId.StartsWith(UserPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var organisationId = userId[UserPrefix.Length..];
        return Slug().IsMatch(organisationId)
            && Topology.PartnerUser(organisationId) == userId
            && Topology.PartnerInboundExchange(organisationId) == exchange
                ? organisationId
                : null;
    }

    /// <summary>Whether <paramref name="organisationId"/> has the shape of an organisation id the directory accepts.</summary>
    public static bool IsOrganisationId(string? organisationId) => organisationId is not null && Slug().IsMatch(organisationId);

    /// <summary>The organisation ids the directory accepts: a lowercase slug of letters, digits and hyphens.</summary>
    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
