using System.Globalization;
using IntegrationHub.Application.Console;
using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Application.Routing;
using IntegrationHub.Console.Access;
using IntegrationHub.Console.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.Beheer.Geparkeerd;

/// <summary>
/// Meldingen and referrals the directory could not route: why each was parked, where to fix the directory, and
/// re-routing one or all once it is fixed (the same as hub parked reroute). Every re-route is audited.
/// </summary>
public sealed class IndexModel(IParkedBoard board, IConsoleAudit audit) : PageModel
{
    public ListQuery Query { get; private set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public PagedList<ParkedBoardRow> Parked { get; private set; } = null!;

    public async Task OnGetAsync(ListQuery lijst, CancellationToken cancellationToken)
    {
        Query = lijst;
        var page = await board.ListAsync(Query.Q, Query.Offset, Query.Limit, cancellationToken);
        Parked = new PagedList<ParkedBoardRow>(page.Items, page.Total, Query);
    }

    public async Task<IActionResult> OnPostRerouteAsync(long parkedId, string? q, CancellationToken cancellationToken)
    {
        var count = await board.RerouteAsync(parkedId, cancellationToken);
        if (count == 0)
        {
            return NotFound();
        }

        await audit.RecordAsync(ConsoleUser.From(User), "parked.reroute", "parked-delivery", parkedId.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"rerouted={count}"), cancellationToken);
        Notice = $"{count} geparkeerde levering(en) opnieuw naar de routering gestuurd.";
        return RedirectToPage(new { q });
    }

    public async Task<IActionResult> OnPostRerouteAllAsync(string? q, CancellationToken cancellationToken)
    {
        var count = await board.RerouteAsync(null, cancellationToken);
        await audit.RecordAsync(ConsoleUser.From(User), "parked.reroute-all", "parked-delivery", "all",
            string.Create(CultureInfo.InvariantCulture, $"rerouted={count}"), cancellationToken);
        Notice = count == 0 ? "Er was niets geparkeerd." : $"{count} geparkeerde levering(en) opnieuw naar de routering gestuurd.";
        return RedirectToPage(new { q });
    }

    public static string ReasonText(string reason) => reason switch
    {
        ParkReasons.WoongemeenteMissing => "Woongemeente ontbreekt in het bericht van de school",
        ParkReasons.WoongemeenteUnknown => "Woongemeente is geen bekende CBS-gemeentecode",
        ParkReasons.WoongemeenteUnmapped => "Woongemeente heeft geen leerplichtorganisatie in het adresboek",
        ParkReasons.JgzUnmapped => "School heeft geen JGZ-organisatie in het adresboek",
        ParkReasons.IdentityMissing => "Identiteit van de leerling ontbreekt",
        ParkReasons.MeldingParked => "Een eerdere wijziging van deze melding is geparkeerd",
        _ => reason,
    };

    public static string SubjectText(string kind) => kind switch
    {
        "verzuimmelding" => "Verzuimmelding",
        "mazl-referral" => "MAZL-verwijzing",
        _ => kind,
    };
}
