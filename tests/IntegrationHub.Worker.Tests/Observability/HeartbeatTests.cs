using IntegrationHub.Infrastructure.Persistence.Observability;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Observability;

/// <summary>
/// Every worker process beats in worker_heartbeats (every second here): a running worker's last beat moves on, a killed
/// worker's row stays where it was (stale), and hub_workers_alive counts only the workers that still beat. These workers
/// have no DUO endpoint, so they call no DUO and report no DUO circuit (the beat with a circuit: HeartbeatServiceTests).
/// </summary>
public sealed class HeartbeatTests(ObservabilityHubFixture hub) : IClassFixture<ObservabilityHubFixture>
{
    private NpgsqlHeartbeatStore Store => new(hub.DataSource);

    [Fact]
    public async Task Should_advance_a_running_workers_beat_and_leave_a_killed_workers_beat_stale_when_one_of_two_workers_is_killed()
    {
        var first = Assert.Single(await WaitForAsync(rows => rows.Count == 1));
        var second = await WorkerProcess.StartAsync(hub.Database.ConnectionString, hub.VirtualHost.Name, new Dictionary<string, string>
        {
            ["Observability__HeartbeatSeconds"] = "1",
            ["Observability__SampleSeconds"] = "1",
            ["Hub__Roles"] = "intake-http,relay",
        });
        WorkerHeartbeat killed;
        await using (second)
        {
            var both = await WaitForAsync(rows => rows.Count == 2);
            killed = Assert.Single(both, r => r.InstanceId != first.InstanceId);
            Assert.Equal("intake-http,relay", killed.Roles);
            await second.KillAsync();
        }

        var stale = await WaitForAsync(rows => rows.Count == 2
            && rows.Single(r => r.InstanceId == first.InstanceId).LastBeatAt > rows.Single(r => r.InstanceId == killed.InstanceId).LastBeatAt.AddSeconds(3));
        var killedAfter = stale.Single(r => r.InstanceId == killed.InstanceId);
        var firstAfter = stale.Single(r => r.InstanceId == first.InstanceId);
        var alive = await ScrapeAliveAsync(expected: 1);
        var again = (await Store.ListAsync(CancellationToken.None)).Single(r => r.InstanceId == killed.InstanceId);

        Assert.True(firstAfter.LastBeatAt > first.LastBeatAt, "the running worker's beat did not advance");
        Assert.Equal(killed.InstanceId, killedAfter.InstanceId);
        Assert.Equal(killedAfter.LastBeatAt, again.LastBeatAt);
        Assert.True(killedAfter.LastBeatAt >= killed.LastBeatAt);
        Assert.Equal(1, alive);
        Assert.Equal(Environment.MachineName, firstAfter.Host);
        Assert.Contains("signalering", firstAfter.Roles, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(firstAfter.Version));
        Assert.True(firstAfter.ProcessId > 0 && firstAfter.ProcessId != Environment.ProcessId && firstAfter.ProcessId != killedAfter.ProcessId);
        Assert.True(firstAfter.StartedAt <= firstAfter.LastBeatAt);
        Assert.Equal(((string?)null, (DateTimeOffset?)null), (firstAfter.DuoCircuit, firstAfter.DuoCircuitSince));
    }

    private async Task<IReadOnlyList<WorkerHeartbeat>> WaitForAsync(Func<IReadOnlyList<WorkerHeartbeat>, bool> done)
    {
        var deadline = DateTime.UtcNow + MessageLog.Bound;
        var rows = await Store.ListAsync(CancellationToken.None);
        while (!done(rows) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            rows = await Store.ListAsync(CancellationToken.None);
        }

        Assert.True(done(rows), $"heartbeats not as expected: {string.Join("; ", rows)}");
        return rows;
    }

    private async Task<double> ScrapeAliveAsync(double expected)
    {
        var deadline = DateTime.UtcNow + MessageLog.Bound;
        var scrape = await PrometheusScrape.GetAsync(hub.Worker.BaseAddress);
        while (scrape.Sum("hub_workers_alive") != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            scrape = await PrometheusScrape.GetAsync(hub.Worker.BaseAddress);
        }

        return scrape.Sum("hub_workers_alive");
    }
}
