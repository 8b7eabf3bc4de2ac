using System.Globalization;
using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Infrastructure.Persistence.Console.Beheer;
using IntegrationHub.Infrastructure.Persistence.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Observability;

/// <summary>
/// The operator's overview: the database's counts and the workers' heartbeats from PostgreSQL, the queues from the
/// broker's management API, the DUO link judged from the circuits the live workers report in their heartbeats and from
/// its outbox (requests that needed another attempt; <see cref="DuoLinkJudgement"/>). A part that
/// fails is shown unreachable (and logged with its exception type), the rest is still read.
/// </summary>
public sealed class HubOverviewReader(
    NpgsqlOverviewCountsStore counts,
    NpgsqlHeartbeatStore heartbeats,
    RabbitMqQueueStatsReader queues,
    IOptions<ObservabilityOptions> options,
    TimeProvider time,
    ILogger<HubOverviewReader> logger) : IHubOverviewReader
{
    public async Task<HubOverview> ReadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var staleAfter = TimeSpan.FromSeconds(options.Value.HeartbeatSeconds * options.Value.StaleAfterBeats);
        var (database, read) = await TryAsync("database", () => counts.ReadAsync(now, cancellationToken), cancellationToken);
        var (_, workers) = await TryAsync("heartbeats", () => heartbeats.ListAsync(cancellationToken), cancellationToken);
        var (broker, queueList) = await TryAsync("broker", () => queues.ReadAsync(cancellationToken), cancellationToken);
        IReadOnlyList<WorkerStatus>? statuses = workers is null ? null : [.. workers.Select(w => new WorkerStatus(
            w.InstanceId, w.Host, w.ProcessId, w.Roles, w.Version, w.StartedAt, w.LastBeatAt, now - w.LastBeatAt <= staleAfter, w.DuoCircuit, w.DuoCircuitSince))];
        return new HubOverview(
            now,
            database.State == HealthState.Healthy ? new PartHealth(HealthState.Healthy, "Bereikbaar") : database,
            broker.State == HealthState.Healthy ? new PartHealth(HealthState.Healthy, Invariant($"Bereikbaar, {queueList?.Count ?? 0} wachtrijen")) : broker,
            DuoLinkJudgement.Judge(read, statuses),
            statuses ?? [],
            queueList ?? [],
            read);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private async Task<(PartHealth Health, T? Value)> TryAsync<T>(string part, Func<Task<T>> read, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return (new PartHealth(HealthState.Healthy, string.Empty), await read());
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            ObservabilityLog.OverviewPartFailed(logger, part, exception);
            return (new PartHealth(HealthState.Unreachable, "Niet bereikbaar (" + exception.GetType().Name + ")"), null);
        }
    }
}
