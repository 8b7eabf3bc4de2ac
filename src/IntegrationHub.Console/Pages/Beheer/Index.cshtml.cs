using IntegrationHub.Application.Console.Beheer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.Beheer;

/// <summary>The operator's start page: is the hub healthy, and what waits.</summary>
public sealed class IndexModel(IHubOverviewReader overview) : PageModel
{
    public HubOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Overview = await overview.ReadAsync(cancellationToken);

    public static string StateText(HealthState state) => state switch
    {
        HealthState.Healthy => "In orde",
        HealthState.Degraded => "Verstoord",
        _ => "Niet bereikbaar",
    };

    public static string StateClass(HealthState state) => state switch
    {
        HealthState.Healthy => "badge badge-ok",
        HealthState.Degraded => "badge badge-waarschuwing",
        _ => "badge badge-fout",
    };
}
