using System.Globalization;
using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Console.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntegrationHub.Console.Pages.Beheer;

/// <summary>The operator's start page: is the hub healthy, and what waits.</summary>
public sealed class IndexModel(IHubOverviewReader overview) : PageModel
{
    public HubOverview Overview { get; private set; } = null!;

    public ListQuery Query { get; private set; } = new();

    /// <summary>The queues (one per school's feedback too, so many): searched by name and paged.</summary>
    public PagedList<QueueStatus> Queues { get; private set; } = null!;

    public async Task OnGetAsync(ListQuery lijst, CancellationToken cancellationToken)
    {
        Query = lijst;
        Overview = await overview.ReadAsync(cancellationToken);
        var queues = Overview.Queues.Where(q => lijst.Q is null || q.Queue.Contains(lijst.Q, StringComparison.OrdinalIgnoreCase)).ToList();
        Queues = new PagedList<QueueStatus>([.. queues.Skip(lijst.Offset).Take(lijst.Limit)], queues.Count, lijst);
    }

    public static string StateText(HealthState state) => state switch
    {
        HealthState.Healthy => "In orde",
        HealthState.Degraded => "Verstoord",
        _ => "Niet bereikbaar",
    };

    /// <summary>A worker's DUO circuit as it reported it in its last heartbeat.</summary>
    public static string CircuitText(WorkerStatus worker)
    {
        ArgumentNullException.ThrowIfNull(worker);
        var since = worker.DuoCircuitSince is { } at ? " sinds " + at.ToLocalTime().ToString("d-M-yyyy HH:mm:ss", CultureInfo.InvariantCulture) : string.Empty;
        return worker.DuoCircuit switch
        {
            null => "roept DUO niet aan",
            "closed" => "dicht (in orde)" + since,
            "half-open" => "half open" + since,
            _ => "open" + since,
        };
    }

    public static string StateClass(HealthState state) => state switch
    {
        HealthState.Healthy => "badge badge-ok",
        HealthState.Degraded => "badge badge-waarschuwing",
        _ => "badge badge-fout",
    };
}
