using IntegrationHub.Application.Console.Jgz;
using IntegrationHub.Console.Access;
using IntegrationHub.Console.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.Jgz;

/// <summary>
/// The JGZ's referral inbox: the MAZL referrals the hub sent to the user's organisation (without advice yet, or all with
/// <c>?weergave=alle</c>), in the JGZ projection; search and page through the query string.
/// </summary>
public sealed class IndexModel(IJgzReferrals referrals) : PageModel
{
    public PagedList<JgzReferralItem> Lijst { get; private set; } = null!;

    public ListQuery Zoek { get; private set; } = new();

    public bool Alle { get; private set; }

    public async Task OnGetAsync(ListQuery lijst, string? weergave, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        var user = ConsoleUser.From(User);
        Zoek = lijst;
        Alle = string.Equals(weergave, "alle", StringComparison.Ordinal);
        var page = await referrals.ListAsync(user.OrganisationId!, new JgzReferralFilter(lijst.Q, Alle), lijst.Offset, lijst.Limit, cancellationToken);
        Lijst = new PagedList<JgzReferralItem>(page.Items, page.Total, lijst);
    }
}
