using IntegrationHub.Infrastructure.Duo.Client;
using IntegrationHub.Infrastructure.Persistence.Observability;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Observability;

/// <summary>
/// Beats every <see cref="ObservabilityOptions.HeartbeatSeconds"/>: upserts this worker's row in worker_heartbeats with
/// the time of the beat and, when this worker calls DUO, the state of its DUO circuit and since when. A failed beat (database down) is logged and the next one tries again; the worker goes on.
/// </summary>
public sealed class HeartbeatService(
    NpgsqlHeartbeatStore store,
    WorkerIdentity identity,
    IOptions<ObservabilityOptions> options,
    TimeProvider time,
    ILogger<HeartbeatService> logger,
    DuoCircuit? circuit = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.HeartbeatSeconds;
        ObservabilityLog.Beating(logger, identity.InstanceId, identity.ProcessId, identity.Host, identity.Roles, identity.Version, seconds);
        var heartbeat = new WorkerHeartbeat(identity.InstanceId, identity.ProcessId, identity.Host, identity.Roles, identity.Version, identity.StartedAt, identity.StartedAt);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        do
        {
            try
            {
                var beat = circuit is null ? heartbeat : heartbeat with { DuoCircuit = circuit.StateText, DuoCircuitSince = circuit.Since };
                await store.BeatAsync(beat, time.GetUtcNow(), stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                ObservabilityLog.BeatFailed(logger, identity.InstanceId, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
