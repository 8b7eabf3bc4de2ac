using System.Globalization;
using IntegrationHub.Application.Console.Beheer;

namespace IntegrationHub.Infrastructure.Observability;

/// <summary>
/// The DUO part of the operator's overview. First the circuits the live workers report in their heartbeats: Degraded
/// while any live worker's circuit is open ("Verstoord: circuit open sinds ...", the earliest such transition) or,
/// failing that, half-open. Then the DUO outbox: Degraded while requests wait for another attempt. The outbox detail is
/// added to a circuit's text. A stale worker's circuit does not count (it no longer calls DUO). Times are shown in the
/// console host's local time, as the rest of the overview.
/// </summary>
public static class DuoLinkJudgement
{
    public static PartHealth Judge(OverviewCounts? counts, IReadOnlyList<WorkerStatus>? workers)
    {
        var outbox = Outbox(counts);
        var live = (workers ?? []).Where(w => w.Alive).ToList();
        var circuit = Circuit(live, "open", "Verstoord: circuit open sinds {0}", "DUO faalt, verzoeken wachten in de DUO-outbox")
            ?? Circuit(live, "half-open", "Verstoord: circuit half open sinds {0}", "een proefverzoek beslist of DUO weer bereikt wordt");
        return circuit is null ? outbox : new PartHealth(HealthState.Degraded, circuit + ". DUO-outbox: " + outbox.Detail);
    }

    private static string? Circuit(List<WorkerStatus> live, string state, string format, string meaning)
    {
        var reporting = live.Where(w => w.DuoCircuit == state).ToList();
        if (reporting.Count == 0)
        {
            return null;
        }

        var since = reporting.Min(w => w.DuoCircuitSince);
        var at = since is { } time ? time.ToLocalTime().ToString("d-M-yyyy HH:mm:ss", CultureInfo.InvariantCulture) : "onbekend";
        var workers = live.Count(w => w.DuoCircuit is not null);
        return string.Format(CultureInfo.InvariantCulture, format, at)
            + string.Create(CultureInfo.InvariantCulture, $" bij {reporting.Count} van {workers} worker(s) die DUO aanroepen; {meaning}");
    }

    private static PartHealth Outbox(OverviewCounts? read) => read switch
    {
        null => new PartHealth(HealthState.Unreachable, "Onbekend: de database is niet bereikbaar"),
        { DuoRetrying: > 0 } => new PartHealth(HealthState.Degraded, Invariant($"Verstoord: {read.DuoRetrying} verzoek(en) aan DUO wachten op een nieuwe poging; oudste wacht {Minutes(read.DuoOldestSeconds)}")),
        { DuoPending: > 0 } => new PartHealth(HealthState.Healthy, Invariant($"In orde: {read.DuoPending} verzoek(en) onderweg")),
        _ => new PartHealth(HealthState.Healthy, "In orde: niets onderweg"),
    };

    private static string Minutes(double seconds) => seconds < 120 ? Invariant($"{seconds:0} seconden") : Invariant($"{seconds / 60:0} minuten");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
