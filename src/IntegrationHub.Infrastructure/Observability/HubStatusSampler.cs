using IntegrationHub.Infrastructure.Persistence.Observability;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Observability;

/// <summary>
/// Every <see cref="ObservabilityOptions.SampleSeconds"/>: reads the outbox lag and the live workers from PostgreSQL and
/// the queue depths from RabbitMQ's management API into the <see cref="HubStatusSnapshot"/> the gauges export. A part
/// that fails is logged and keeps its last value; the next sample tries again.
/// </summary>
public sealed class HubStatusSampler(
    NpgsqlOutboxLagStore outbox,
    NpgsqlHeartbeatStore heartbeats,
    RabbitMqQueueDepthReader queues,
    HubStatusSnapshot snapshot,
    HubStatusMetrics gauges,
    IOptions<ObservabilityOptions> options,
    TimeProvider time,
    ILogger<HubStatusSampler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        GC.KeepAlive(gauges);
        var settings = options.Value;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.SampleSeconds), time);
        do
        {
            await SampleAsync(settings, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SampleAsync(ObservabilityOptions settings, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await TryAsync("outbox", async () => snapshot.Outbox = await outbox.ReadAsync(now, cancellationToken), cancellationToken);
        var staleAfter = TimeSpan.FromSeconds(settings.HeartbeatSeconds * settings.StaleAfterBeats);
        await TryAsync("heartbeats", async () => snapshot.WorkersAlive = await heartbeats.CountAliveAsync(now - staleAfter, cancellationToken), cancellationToken);
        await TryAsync("queues", async () => snapshot.Queues = await queues.ReadAsync(cancellationToken), cancellationToken);
    }

    private async Task TryAsync(string part, Func<Task> sample, CancellationToken cancellationToken)
    {
        try
        {
            await sample();
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            ObservabilityLog.SampleFailed(logger, part, exception);
        }
    }
}
