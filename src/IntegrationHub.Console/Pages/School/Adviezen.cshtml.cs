using IntegrationHub.Application.Console.School;
using IntegrationHub.Console.Access;
using IntegrationHub.Console.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.School;

/// <summary>The structured JGZ advice the school received (with consent); never a diagnosis.</summary>
public sealed class AdviezenModel(ISchoolConsoleQuery query) : PageModel
{
    public ListQuery Lijst { get; private set; } = new();

    public PagedList<SchoolJgzAdviceRow> Adviezen { get; private set; } = null!;

    public async Task OnGetAsync(ListQuery lijst, CancellationToken cancellationToken)
    {
        Lijst = lijst;
        var page = await query.JgzAdviceAsync(ConsoleUser.From(User).Brin ?? "", lijst.Q, lijst.Offset, lijst.Limit, cancellationToken);
        Adviezen = new PagedList<SchoolJgzAdviceRow>(page.Items, page.Total, lijst);
    }
}
