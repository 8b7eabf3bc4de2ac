using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Console.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.Beheer.Berichten;

/// <summary>The failed messages grouped by cause and message type, with a search by message id, school or error text.</summary>
public sealed class IndexModel(IFailedMessageBoard board) : PageModel
{
    public ListQuery Query { get; private set; } = new();

    public PagedList<FailedGroupRow> Groups { get; private set; } = null!;

    public async Task OnGetAsync(ListQuery lijst, CancellationToken cancellationToken)
    {
        Query = lijst;
        var page = await board.GroupsAsync(Query.Q, Query.Offset, Query.Limit, cancellationToken);
        Groups = new PagedList<FailedGroupRow>(page.Items, page.Total, Query);
    }
}
