using System.ComponentModel.DataAnnotations;
using System.Globalization;
using IntegrationHub.Application.Console;
using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Console.Access;
using IntegrationHub.Console.Beheer;
using IntegrationHub.Console.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.Beheer.Berichten;

/// <summary>
/// One cause of failure: its messages, and what an operator does with them: retry all open ones (the same replay as
/// hub dlq), archive or restore them, mark the group under investigation. Every action is audited.
/// </summary>
public sealed class GroepModel(IFailedMessageBoard board, FailedGroupRetry groupRetry, IConsoleAudit audit, TimeProvider time) : PageModel
{
    private const string ObjectType = "failed-message-group";

    public ListQuery Query { get; private set; } = new();

    public string? Status { get; private set; }

    [BindProperty]
    public InvestigationForm Investigation { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public FailedGroupRow Group { get; private set; } = null!;

    public PagedList<FailedMessageRow> Messages { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string groupKey, ListQuery lijst, string? status, CancellationToken cancellationToken)
    {
        Query = lijst;
        Status = status;
        return await LoadAsync(groupKey, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRetryAsync(string groupKey, CancellationToken cancellationToken)
    {
        if (await board.GroupAsync(groupKey, cancellationToken) is null)
        {
            return NotFound();
        }

        var user = ConsoleUser.From(User);
        var (sent, sendFailed) = await groupRetry.RetryAsync(groupKey, user.Name, cancellationToken);
        await audit.RecordAsync(user, "failed-messages.retry-group", ObjectType, groupKey, Detail("sent", sent, "send-failed", sendFailed), cancellationToken);
        Notice = sendFailed == 0
            ? $"{sent} bericht(en) opnieuw aangeboden."
            : $"{sent} bericht(en) opnieuw aangeboden; bij {sendFailed} mislukte het verzenden (zie hun geschiedenis).";
        return RedirectToPage(new { groupKey });
    }

    public async Task<IActionResult> OnPostArchiveAsync(string groupKey, CancellationToken cancellationToken)
    {
        if (await board.GroupAsync(groupKey, cancellationToken) is null)
        {
            return NotFound();
        }

        var user = ConsoleUser.From(User);
        var archived = await board.ArchiveGroupAsync(groupKey, user.Name, time.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(user, "failed-messages.archive-group", ObjectType, groupKey, Detail("archived", archived), cancellationToken);
        Notice = $"{archived} bericht(en) gearchiveerd.";
        return RedirectToPage(new { groupKey });
    }

    public async Task<IActionResult> OnPostRestoreAsync(string groupKey, CancellationToken cancellationToken)
    {
        if (await board.GroupAsync(groupKey, cancellationToken) is null)
        {
            return NotFound();
        }

        var user = ConsoleUser.From(User);
        var restored = await board.RestoreGroupAsync(groupKey, cancellationToken);
        await audit.RecordAsync(user, "failed-messages.restore-group", ObjectType, groupKey, Detail("restored", restored), cancellationToken);
        Notice = $"{restored} bericht(en) teruggezet naar open.";
        return RedirectToPage(new { groupKey });
    }

    public async Task<IActionResult> OnPostInvestigateAsync(string groupKey, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(groupKey, cancellationToken) ? Page() : NotFound();
        }

        if (await board.GroupAsync(groupKey, cancellationToken) is null)
        {
            return NotFound();
        }

        var user = ConsoleUser.From(User);
        await board.SetInvestigationAsync(groupKey, Investigation.Name!.Trim(), Investigation.Note!.Trim(), user.Name, time.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(user, "failed-messages.investigate-group", ObjectType, groupKey, null, cancellationToken);
        Notice = "De groep staat in onderzoek.";
        return RedirectToPage(new { groupKey });
    }

    public async Task<IActionResult> OnPostEndInvestigationAsync(string groupKey, CancellationToken cancellationToken)
    {
        if (await board.GroupAsync(groupKey, cancellationToken) is null)
        {
            return NotFound();
        }

        var user = ConsoleUser.From(User);
        await board.ClearInvestigationAsync(groupKey, cancellationToken);
        await audit.RecordAsync(user, "failed-messages.end-investigation", ObjectType, groupKey, null, cancellationToken);
        Notice = "Het onderzoek is beëindigd.";
        return RedirectToPage(new { groupKey });
    }

    private async Task<bool> LoadAsync(string groupKey, CancellationToken cancellationToken)
    {
        if (await board.GroupAsync(groupKey, cancellationToken) is not { } group)
        {
            return false;
        }

        Group = group;
        Investigation.Name ??= group.InvestigationName;
        Investigation.Note ??= group.InvestigationNote;
        var search = new FailedMessageSearch(Query.Q, groupKey, FailedMessageText.StateFilter(Status));
        var page = await board.MessagesAsync(search, Query.Offset, Query.Limit, cancellationToken);
        Messages = new PagedList<FailedMessageRow>(page.Items, page.Total, Query);
        return true;
    }

    private static string Detail(string name, int value, string? other = null, int otherValue = 0) =>
        other is null
            ? string.Create(CultureInfo.InvariantCulture, $"{name}={value}")
            : string.Create(CultureInfo.InvariantCulture, $"{name}={value} {other}={otherValue}");

    /// <summary>Who investigates and what they note about the cause (the operator's own words, not a message's content).</summary>
    public sealed class InvestigationForm
    {
        [Required(ErrorMessage = "Vul de naam in van wie het onderzoekt.")]
        [StringLength(100)]
        [Display(Name = "Naam")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Vul een notitie in.")]
        [StringLength(2000)]
        [Display(Name = "Notitie")]
        public string? Note { get; set; }
    }
}
