using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Infrastructure.Observability;
using IntegrationHub.Infrastructure.Persistence.Console.Beheer;
using IntegrationHub.Infrastructure.Persistence.Observability;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Observability;

/// <summary>worker_heartbeats on a real migrated database: the DUO circuit each beat reports, and the overview built from it.</summary>
public sealed class HeartbeatStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly MigratedDatabase _database = new();

    private NpgsqlHeartbeatStore Store => new(_database.DataSource);

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Should_read_back_the_duo_circuit_of_the_last_beat_when_a_worker_reports_it_open_then_closed()
    {
        var worker = Worker();
        var other = Worker() with { Roles = "intake-http" };
        await Store.BeatAsync(worker with { DuoCircuit = "open", DuoCircuitSince = At.AddMinutes(-3) }, At, CancellationToken.None);
        await Store.BeatAsync(other, At, CancellationToken.None);
        var opened = (await Store.ListAsync(CancellationToken.None)).Single(w => w.InstanceId == worker.InstanceId);

        await Store.BeatAsync(worker with { DuoCircuit = "closed", DuoCircuitSince = At.AddSeconds(30) }, At.AddMinutes(1), CancellationToken.None);
        var listed = await Store.ListAsync(CancellationToken.None);
        var closed = listed.Single(w => w.InstanceId == worker.InstanceId);

        Assert.Equal(("open", At.AddMinutes(-3)), (opened.DuoCircuit, opened.DuoCircuitSince));
        Assert.Equal(("closed", At.AddSeconds(30), At.AddMinutes(1)), (closed.DuoCircuit, closed.DuoCircuitSince, closed.LastBeatAt));
        var withoutDuo = listed.Single(w => w.InstanceId == other.InstanceId);
        Assert.Equal(((string?)null, (DateTimeOffset?)null), (withoutDuo.DuoCircuit, withoutDuo.DuoCircuitSince));
    }

    [Fact]
    public async Task Should_show_duo_degraded_on_the_overview_when_a_live_worker_reports_its_circuit_open()
    {
        var time = new FakeTimeProvider(At);
        await Store.BeatAsync(Worker() with { DuoCircuit = "open", DuoCircuitSince = At.AddMinutes(-10) }, At.AddSeconds(-5), CancellationToken.None);
        await Store.BeatAsync(Worker() with { DuoCircuit = "closed" }, At.AddSeconds(-5), CancellationToken.None);
        var open = await Reader(time).ReadAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(5));
        var stale = await Reader(time).ReadAsync(CancellationToken.None);

        Assert.Equal(HealthState.Degraded, open.Duo.State);
        Assert.StartsWith("Verstoord: circuit open sinds ", open.Duo.Detail, StringComparison.Ordinal);
        Assert.Contains(open.Workers, w => w is { Alive: true, DuoCircuit: "open" } && w.DuoCircuitSince == At.AddMinutes(-10));
        Assert.Equal(new PartHealth(HealthState.Healthy, "In orde: niets onderweg"), stale.Duo);
        Assert.All(stale.Workers, w => Assert.False(w.Alive));
    }

    private HubOverviewReader Reader(TimeProvider time) => new(
        new NpgsqlOverviewCountsStore(_database.DataSource),
        Store,
        new RabbitMqQueueStatsReader(new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9/") }, Options.Create(new Infrastructure.Gateways.RabbitMqOptions())),
        Options.Create(new ObservabilityOptions { HeartbeatSeconds = 10, StaleAfterBeats = 3 }),
        time,
        NullLogger<HubOverviewReader>.Instance);

    private static WorkerHeartbeat Worker() => new(Guid.NewGuid(), 4242, "test-host", "duo", "1.0.0", At.AddHours(-1), At);
}
