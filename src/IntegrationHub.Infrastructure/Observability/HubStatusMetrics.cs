using System.Diagnostics.Metrics;

namespace IntegrationHub.Infrastructure.Observability;

/// <summary>
/// The sampled gauges on <see cref="HubMeter.Name"/>: hub.outbox.unsent, hub.outbox.oldest_unsent_age (seconds),
/// hub.duo.outbox.oldest_pending_age (seconds; the count is the DUO dispatcher's hub.duo.outbox.pending), hub.queue.messages (per queue, state = ready or
/// unacknowledged) and hub.workers.alive (workers with a recent heartbeat).
/// </summary>
public sealed class HubStatusMetrics
{
    public HubStatusMetrics(IMeterFactory meterFactory, HubStatusSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(snapshot);
        var meter = meterFactory.Create(HubMeter.Name);
        meter.CreateObservableGauge("hub.outbox.unsent", () => Outbox(snapshot, o => o.Unsent), "{message}", "Outbox rows not yet sent (blocked rows excluded).");
        meter.CreateObservableGauge("hub.outbox.oldest_unsent_age", () => Outbox(snapshot, o => o.OldestUnsentSeconds), "s", "Age of the oldest unsent outbox row (0 when none).");
        meter.CreateObservableGauge("hub.duo.outbox.oldest_pending_age", () => Outbox(snapshot, o => o.OldestDuoPendingSeconds), "s", "Age of the oldest pending DUO request (0 when none).");
        meter.CreateObservableGauge("hub.queue.messages", () => Queues(snapshot), "{message}", "Messages in each queue of the hub's virtual host, by state.");
        meter.CreateObservableGauge("hub.workers.alive", () => Alive(snapshot), "{worker}", "Worker processes whose heartbeat is recent.");
    }

    private static IEnumerable<Measurement<T>> Outbox<T>(HubStatusSnapshot snapshot, Func<Persistence.Observability.OutboxLag, T> value)
        where T : struct =>
        snapshot.Outbox is { } lag ? [new Measurement<T>(value(lag))] : [];

    private static IEnumerable<Measurement<long>> Queues(HubStatusSnapshot snapshot) =>
        snapshot.Queues.SelectMany(q => new[]
        {
            new Measurement<long>(q.Ready, new KeyValuePair<string, object?>("queue", q.Queue), new KeyValuePair<string, object?>("state", "ready")),
            new Measurement<long>(q.Unacknowledged, new KeyValuePair<string, object?>("queue", q.Queue), new KeyValuePair<string, object?>("state", "unacknowledged")),
        });

    private static IEnumerable<Measurement<long>> Alive(HubStatusSnapshot snapshot) =>
        snapshot.WorkersAlive is var alive and >= 0 ? [new Measurement<long>(alive)] : [];
}
