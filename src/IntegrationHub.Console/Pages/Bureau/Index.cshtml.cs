using IntegrationHub.Application.Console;
using IntegrationHub.Application.Console.Bureau;
using IntegrationHub.Console.Access;
using IntegrationHub.Console.Shared;
using IntegrationHub.Infrastructure.Duo.Polling;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Console.Pages.Bureau;

/// <summary>
/// The bureau's inbox: the meldingen routed to the user's organisation (open ones, or all with <c>?weergave=alle</c>), with
/// new, due and overdue markers; search and page through the query string. A persoonsgebonden nummer is looked up by a
/// POST and the list then shows that pupil by pseudonym (<c>?leerling=</c>), so the nummer never sits in a URL.
/// </summary>
public sealed class IndexModel(IBureauMeldingen meldingen, IConsoleAudit audit, IOptions<DuoStatusOptions> duo, TimeProvider time) : PageModel
{
    public PagedList<BureauInboxItem> Lijst { get; private set; } = null!;

    public ListQuery Zoek { get; private set; } = new();

    public bool Alle { get; private set; }

    public string? Leerling { get; private set; }

    public bool NummerNietGevonden { get; private set; }

    public int TermijnDagen => duo.Value.PartnerOverdueAfterDays;

    public DateTimeOffset Nu { get; } = time.GetUtcNow();

    public async Task OnGetAsync(ListQuery lijst, string? weergave, string? leerling, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        await LoadAsync(lijst, string.Equals(weergave, "alle", StringComparison.Ordinal), leerling, cancellationToken);
    }

    /// <summary>Finds the pupil by persoonsgebonden nummer among the organisation's own meldingen; audited by pseudonym only.</summary>
    public async Task<IActionResult> OnPostLeerlingAsync(string? nummer, CancellationToken cancellationToken)
    {
        var user = ConsoleUser.From(User);
        var pupil = string.IsNullOrWhiteSpace(nummer) ? null : await meldingen.FindPupilAsync(user.OrganisationId!, nummer, cancellationToken);
        await audit.RecordAsync(user, "bureau.leerling-gezocht", "leerling", pupil ?? "niet-gevonden", null, cancellationToken);
        if (pupil is not null)
        {
            return RedirectToPage("/Bureau/Index", new { leerling = pupil, weergave = "alle" });
        }

        NummerNietGevonden = true;
        await LoadAsync(new ListQuery(), includeClosed: false, leerling: null, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(ListQuery lijst, bool includeClosed, string? leerling, CancellationToken cancellationToken)
    {
        var user = ConsoleUser.From(User);
        Zoek = lijst;
        Alle = includeClosed;
        Leerling = string.IsNullOrWhiteSpace(leerling) ? null : leerling;
        var page = await meldingen.ListAsync(user.OrganisationId!, new BureauInboxFilter(lijst.Q, Alle, Leerling), lijst.Offset, lijst.Limit, cancellationToken);
        Lijst = new PagedList<BureauInboxItem>(page.Items, page.Total, lijst);
    }
}
