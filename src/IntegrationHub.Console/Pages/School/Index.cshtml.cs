using IntegrationHub.Application.Console.School;
using IntegrationHub.Console.Access;
using IntegrationHub.Console.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.School;

/// <summary>The school's meldingen with their statuses; "beslissing nodig" first (<c>?beslissing=1</c> shows only those).</summary>
public sealed class IndexModel(ISchoolConsoleQuery query) : PageModel
{
    public ListQuery Lijst { get; private set; } = new();

    public PagedList<SchoolMeldingRow> Meldingen { get; private set; } = null!;

    public int BeslissingNodig { get; private set; }

    [BindProperty(SupportsGet = true, Name = "beslissing")]
    public bool AlleenBeslissing { get; set; }

    public async Task OnGetAsync(ListQuery lijst, CancellationToken cancellationToken)
    {
        Lijst = lijst;
        var brin = ConsoleUser.From(User).Brin ?? "";
        var page = await query.MeldingenAsync(brin, lijst.Q, AlleenBeslissing, lijst.Offset, lijst.Limit, cancellationToken);
        Meldingen = new PagedList<SchoolMeldingRow>(page.Items, page.Total, lijst);
        BeslissingNodig = AlleenBeslissing ? page.Total : (await query.MeldingenAsync(brin, null, true, 0, 1, cancellationToken)).Total;
    }
}
