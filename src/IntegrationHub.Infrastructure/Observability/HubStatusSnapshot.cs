using IntegrationHub.Infrastructure.Persistence.Observability;

namespace IntegrationHub.Infrastructure.Observability;

/// <summary>
/// The last sampled outbox lag, queue depths and live workers, read by the observable gauges (a scrape never waits on
/// the database or the broker). A part that could not be read keeps its last value.
/// </summary>
public sealed class HubStatusSnapshot
{
    private volatile OutboxLag? _outbox;
    private volatile IReadOnlyList<QueueDepth> _queues = [];
    private long _workersAlive = -1;

    public OutboxLag? Outbox { get => _outbox; set => _outbox = value; }

    public IReadOnlyList<QueueDepth> Queues { get => _queues; set => _queues = value ?? []; }

    /// <summary>-1 until the first sample.</summary>
    public long WorkersAlive { get => Interlocked.Read(ref _workersAlive); set => Interlocked.Exchange(ref _workersAlive, value); }
}
