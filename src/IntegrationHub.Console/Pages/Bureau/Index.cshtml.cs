using IntegrationHub.Application.Console.Bureau;
using IntegrationHub.Console.Access;
using IntegrationHub.Console.Shared;
using IntegrationHub.Infrastructure.Duo.Polling;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Console.Pages.Bureau;

/// <summary>
/// The bureau's inbox: the meldingen routed to the user's organisation (open ones, or all with <c>?weergave=alle</c>), with
/// new, due and overdue markers; search and page through the query string.
/// </summary>
public sealed class IndexModel(IBureauMeldingen meldingen, IOptions<DuoStatusOptions> duo, TimeProvider time) : PageModel
{
    public PagedList<BureauInboxItem> Lijst { get; private set; } = null!;

    public ListQuery Zoek { get; private set; } = new();

    public bool Alle { get; private set; }

    public int TermijnDagen => duo.Value.PartnerOverdueAfterDays;

    public DateTimeOffset Nu { get; } = time.GetUtcNow();

    public async Task OnGetAsync(ListQuery lijst, string? weergave, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        var user = ConsoleUser.From(User);
        Zoek = lijst;
        Alle = string.Equals(weergave, "alle", StringComparison.Ordinal);
        var page = await meldingen.ListAsync(user.OrganisationId!, new BureauInboxFilter(lijst.Q, Alle), lijst.Offset, lijst.Limit, cancellationToken);
        Lijst = new PagedList<BureauInboxItem>(page.Items, page.Total, lijst);
    }
}
