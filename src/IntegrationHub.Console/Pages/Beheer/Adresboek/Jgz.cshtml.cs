using System.Globalization;
using IntegrationHub.Application.Console;
using IntegrationHub.Application.Routing;
using IntegrationHub.Console.Access;
using IntegrationHub.Console.Shared;
using IntegrationHub.Infrastructure.Persistence.Directory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.Beheer.Adresboek;

/// <summary>
/// The school location → JGZ organisation table as it stands on a day (search by BRIN or organisation, paged by the
/// directory store), and assigning a JGZ from a date through the same directory store as hub directory set-jgz (the
/// previous assignment of that location ends the day before). Every change is audited.
/// </summary>
public sealed class JgzModel(NpgsqlDirectoryStore directory, IConsoleAudit audit, TimeProvider time) : PageModel
{
    public ListQuery Query { get; private set; } = new();

    public DateOnly On { get; private set; }

    [BindProperty]
    public JgzForm Assignment { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public PagedList<AdresboekJgz> Rows { get; private set; } = null!;

    public IReadOnlyList<DirectoryOrganisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(ListQuery lijst, DateOnly? datum, CancellationToken cancellationToken)
    {
        Query = lijst;
        Assignment.ValidFrom ??= Today();
        await LoadAsync(datum ?? Today(), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(Today(), cancellationToken);
            return Page();
        }

        var brin = Assignment.Brin!.Trim().ToUpperInvariant();
        var vestiging = string.IsNullOrWhiteSpace(Assignment.Vestiging) ? null : Assignment.Vestiging.Trim();
        var user = ConsoleUser.From(User);
        var assignment = new JgzAssignment(brin, vestiging, Assignment.OrganisationId!, Assignment.MazlBasis, Assignment.ValidFrom!.Value, null,
            $"Web console, {user.Name}, {time.GetUtcNow():yyyy-MM-dd}", Illustrative: false);
        DirectoryChange change;
        try
        {
            change = await directory.SetJgzAsync(assignment, cancellationToken);
        }
        catch (DirectoryDataException exception)
        {
            ModelState.AddModelError(string.Empty, exception.Message);
            await LoadAsync(Today(), cancellationToken);
            return Page();
        }

        await audit.RecordAsync(user, "directory.set-jgz", "school", vestiging is null ? brin : brin + vestiging,
            string.Create(CultureInfo.InvariantCulture, $"organisation={assignment.OrganisationId} basis={assignment.MazlBasis} from={assignment.ValidFrom:yyyy-MM-dd} change={change}"), cancellationToken);
        var location = vestiging is null ? brin : $"{brin} vestiging {vestiging}";
        Notice = change switch
        {
            DirectoryChange.Unchanged => $"{location}: niets veranderd, deze JGZ gold al vanaf die dag.",
            DirectoryChange.Added => $"{location}: JGZ toegewezen.",
            DirectoryChange.Corrected => $"{location}: de toewijzing die op die dag begint is gecorrigeerd.",
            _ => $"{location}: nieuwe JGZ vanaf {assignment.ValidFrom:d-M-yyyy}; de vorige eindigt de dag ervoor.",
        };
        return RedirectToPage(new { q = brin, datum = assignment.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
    }

    public static string BasisText(string basis) => basis == JgzAssignment.NoticeToParents ? "kennisgeving aan de ouders" : "toestemming";

    private async Task LoadAsync(DateOnly on, CancellationToken cancellationToken)
    {
        On = on;
        Organisations = [.. (await directory.ListOrganisationsAsync(cancellationToken)).Where(o => o.Kind == PartnerKind.Jgz).OrderBy(o => o.Name, StringComparer.Ordinal)];
        var page = await directory.JgzPageAsync(on, Query.Q, Query.Offset, Query.Limit, cancellationToken);
        Rows = new PagedList<AdresboekJgz>(page.Items, page.Total, Query);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
