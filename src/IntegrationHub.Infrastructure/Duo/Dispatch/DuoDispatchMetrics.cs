using System.Diagnostics.Metrics;
using IntegrationHub.Application.Duo;

namespace IntegrationHub.Infrastructure.Duo.Dispatch;

/// <summary>
/// The dispatcher's instruments on the DUO meter (<see cref="DuoMeter.Name"/>): requests dispatched by operation and
/// outcome (registered, accepted, refused, unavailable), and the requests still pending.
/// </summary>
public sealed class DuoDispatchMetrics
{
    public const string DispatchedName = "hub.duo.outbox.dispatched";
    public const string PendingName = "hub.duo.outbox.pending";

    private readonly Counter<long> _dispatched;
    private long _pending;

    public DuoDispatchMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(DuoMeter.Name);
        _dispatched = meter.CreateCounter<long>(DispatchedName, "{request}", "DUO requests dispatched, by operation and outcome");
        meter.CreateObservableGauge(PendingName, () => Interlocked.Read(ref _pending), "{request}", "DUO requests waiting in duo_outbox");
    }

    public void Dispatched(string operation, string outcome) =>
        _dispatched.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("outcome", outcome));

    public void Pending(long count) => Interlocked.Exchange(ref _pending, count);
}
