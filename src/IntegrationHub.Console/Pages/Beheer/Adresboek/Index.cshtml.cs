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
/// The gemeente → leerplicht organisation table as it stands on a day (search by gemeente or organisation, paged by the
/// directory store), and setting a route from a date (the directory store closes the previous row the day before, as hub
/// directory set-leerplicht does). Every change is audited. The JGZ assignments: <see cref="JgzModel"/>. RMC follows the
/// gemeente's RMC region from the CBS import.
/// </summary>
public sealed class IndexModel(NpgsqlDirectoryStore directory, IConsoleAudit audit, TimeProvider time) : PageModel
{
    public ListQuery Query { get; private set; } = new();

    public DateOnly On { get; private set; }

    [BindProperty]
    public RouteForm Route { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public PagedList<AdresboekRoute> Rows { get; private set; } = null!;

    public IReadOnlyList<DirectoryOrganisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(ListQuery lijst, DateOnly? datum, CancellationToken cancellationToken)
    {
        Query = lijst;
        Route.ValidFrom ??= Today();
        await LoadAsync(datum ?? Today(), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(Today(), cancellationToken);
            return Page();
        }

        var code = DirectoryCodes.NormaliseGemeente(Route.GemeenteCode!);
        var kind = string.IsNullOrWhiteSpace(Route.PupilKind) ? null : Route.PupilKind.Trim().ToLowerInvariant();
        var user = ConsoleUser.From(User);
        var route = new LeerplichtRoute(code, kind, Route.OrganisationId!, Route.NotifyPartners, Route.MazlBought, Route.ValidFrom!.Value, null,
            $"Web console, {user.Name}, {time.GetUtcNow():yyyy-MM-dd}", Illustrative: false);
        DirectoryChange change;
        try
        {
            change = await directory.SetLeerplichtAsync(route, cancellationToken);
        }
        catch (DirectoryDataException exception)
        {
            ModelState.AddModelError(string.Empty, exception.Message);
            await LoadAsync(Today(), cancellationToken);
            return Page();
        }

        await audit.RecordAsync(user, "directory.set-leerplicht", "gemeente", code,
            string.Create(CultureInfo.InvariantCulture, $"kind={kind ?? "default"} organisation={route.OrganisationId} from={route.ValidFrom:yyyy-MM-dd} change={change}"), cancellationToken);
        Notice = change switch
        {
            DirectoryChange.Unchanged => $"{code}: niets veranderd, deze route gold al vanaf die dag.",
            DirectoryChange.Added => $"{code}: route toegevoegd.",
            DirectoryChange.Corrected => $"{code}: de route die op die dag begint is gecorrigeerd.",
            _ => $"{code}: nieuwe route vanaf {route.ValidFrom:d-M-yyyy}; de vorige eindigt de dag ervoor.",
        };
        return RedirectToPage(new { q = code, datum = route.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
    }

    private async Task LoadAsync(DateOnly on, CancellationToken cancellationToken)
    {
        On = on;
        Organisations = [.. (await directory.ListOrganisationsAsync(cancellationToken)).Where(o => o.Kind == PartnerKind.Leerplicht).OrderBy(o => o.Name, StringComparer.Ordinal)];
        var page = await directory.RoutesPageAsync(on, Query.Q, Query.Offset, Query.Limit, cancellationToken);
        Rows = new PagedList<AdresboekRoute>(page.Items, page.Total, Query);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
