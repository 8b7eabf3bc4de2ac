using System.Globalization;
using IntegrationHub.Application.Console;
using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Console.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.Beheer.Berichten;

/// <summary>One failed message (never its body): where it came from, why it failed, its retry history; retry, archive, restore.</summary>
public sealed class BerichtModel(IFailedMessageBoard board, IFailedMessageRetry retry, IConsoleAudit audit, TimeProvider time) : PageModel
{
    private const string ObjectType = "failed-message";

    [TempData]
    public string? Notice { get; set; }

    public FailedMessageRow Message { get; private set; } = null!;

    public IReadOnlyList<FailedRetryRow> Retries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await board.MessageAsync(id, cancellationToken) is not { } message)
        {
            return NotFound();
        }

        Message = message;
        Retries = await board.RetriesAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        var user = ConsoleUser.From(User);
        int? replay;
        try
        {
            replay = await retry.RetryAsync(id, user.Name, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await audit.RecordAsync(user, "failed-messages.retry", ObjectType, Id(id), "send-failed", cancellationToken);
            Notice = "Opnieuw aanbieden is mislukt: het bericht kon niet naar de broker worden verzonden. Het staat nog open.";
            return RedirectToPage(new { id });
        }

        if (replay is null)
        {
            return NotFound();
        }

        await audit.RecordAsync(user, "failed-messages.retry", ObjectType, Id(id), string.Create(CultureInfo.InvariantCulture, $"replay={replay}"), cancellationToken);
        Notice = "Het bericht is opnieuw aangeboden.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostArchiveAsync(long id, CancellationToken cancellationToken)
    {
        if (await board.MessageAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var user = ConsoleUser.From(User);
        var archived = await board.ArchiveAsync(id, user.Name, time.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(user, "failed-messages.archive", ObjectType, Id(id), archived ? "archived" : "not open", cancellationToken);
        Notice = archived ? "Het bericht is gearchiveerd." : "Alleen een open bericht kan worden gearchiveerd.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRestoreAsync(long id, CancellationToken cancellationToken)
    {
        if (await board.MessageAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var user = ConsoleUser.From(User);
        var restored = await board.RestoreAsync(id, cancellationToken);
        await audit.RecordAsync(user, "failed-messages.restore", ObjectType, Id(id), restored ? "restored" : "not archived", cancellationToken);
        Notice = restored ? "Het bericht staat weer open." : "Alleen een gearchiveerd bericht kan worden teruggezet.";
        return RedirectToPage(new { id });
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
