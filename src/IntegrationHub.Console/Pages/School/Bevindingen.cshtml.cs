using IntegrationHub.Application.Console.School;
using IntegrationHub.Console.Access;
using IntegrationHub.Console.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.School;

/// <summary>The school's provisional findings (voorlopig): what may become a melding once it settles.</summary>
public sealed class BevindingenModel(ISchoolConsoleQuery query) : PageModel
{
    public ListQuery Lijst { get; private set; } = new();

    public PagedList<SchoolFindingRow> Bevindingen { get; private set; } = null!;

    public async Task OnGetAsync(ListQuery lijst, CancellationToken cancellationToken)
    {
        Lijst = lijst;
        var page = await query.FindingsAsync(ConsoleUser.From(User).Brin ?? "", lijst.Q, lijst.Offset, lijst.Limit, cancellationToken);
        Bevindingen = new PagedList<SchoolFindingRow>(page.Items, page.Total, lijst);
    }
}
