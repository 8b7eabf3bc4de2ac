using System.Text.RegularExpressions;
using IntegrationHub.Application.Routing;

namespace IntegrationHub.Infrastructure.Partners;

/// <summary>
/// A partner organisation's id as the hub accepts it in queue, exchange and user names: a lowercase slug of letters,
/// digits and hyphens ("rbl-eem-en-vallei"). An RMC organisation is its RMC region: the region code in lower case ("mc19").
/// </summary>
public static partial class OrganisationId
{
    /// <summary>Why <paramref name="id"/> cannot be the id of a <paramref name="kind"/> organisation, or null when it can.</summary>
    public static string? Problem(PartnerKind kind, string? id) => id switch
    {
        null or "" => "an organisation needs an id",
        _ when !Slug().IsMatch(id) => $"'{id}' is not an organisation id (lowercase letters, digits and hyphens, at most 63, e.g. rbl-eem-en-vallei)",
        _ when kind == PartnerKind.Rmc && !RmcRegion().IsMatch(id) => $"'{id}' is not an RMC organisation id: use the RMC region code in lower case (e.g. mc19)",
        _ => null,
    };

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    [GeneratedRegex("^mc[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RmcRegion();
}
