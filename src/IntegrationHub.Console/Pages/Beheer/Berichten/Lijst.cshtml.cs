using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Console.Beheer;
using IntegrationHub.Console.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.Beheer.Berichten;

/// <summary>All failed messages, newest first: search by message id, school or error text, filter by state.</summary>
public sealed class LijstModel(IFailedMessageBoard board) : PageModel
{
    public ListQuery Query { get; private set; } = new();

    public string? Status { get; private set; }

    public PagedList<FailedMessageRow> Messages { get; private set; } = null!;

    public async Task OnGetAsync(ListQuery lijst, string? status, CancellationToken cancellationToken)
    {
        Query = lijst;
        Status = status;
        var search = new FailedMessageSearch(Query.Q, GroupKey: null, FailedMessageText.StateFilter(Status));
        var page = await board.MessagesAsync(search, Query.Offset, Query.Limit, cancellationToken);
        Messages = new PagedList<FailedMessageRow>(page.Items, page.Total, Query);
    }
}
