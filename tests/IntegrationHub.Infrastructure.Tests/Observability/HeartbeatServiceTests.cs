using IntegrationHub.DuoStandIn;
using IntegrationHub.Infrastructure.Observability;
using IntegrationHub.Infrastructure.Persistence.Observability;
using IntegrationHub.Infrastructure.Tests.Duo.Client;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Tests.Observability;

/// <summary>
/// The heartbeat carries the worker's DUO circuit: the real DUO client against a stand-in that is down breaks its circuit,
/// and the next beat writes "open" and the time it opened to worker_heartbeats.
/// </summary>
public sealed class HeartbeatServiceTests : IAsyncLifetime
{
    private readonly MigratedDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Should_beat_the_duo_circuit_open_with_the_time_it_opened_when_the_duo_client_breaks_its_circuit()
    {
        await using var harness = await DuoClientHarness.StartAsync(
            new DuoStandInFaults { Down = true },
            new Dictionary<string, string?> { ["RetryCount"] = "0", ["CircuitMinimumThroughput"] = "2", ["CircuitBreakDuration"] = "00:05:00" });
        var store = new NpgsqlHeartbeatStore(_database.DataSource);
        var identity = new WorkerIdentity(Guid.NewGuid(), Environment.ProcessId, "test-host", "duo", "1.0.0", DateTimeOffset.UtcNow);
        using var service = new HeartbeatService(store, identity, Options.Create(new ObservabilityOptions { HeartbeatSeconds = 1 }), TimeProvider.System,
            NullLogger<HeartbeatService>.Instance, harness.Circuit);
        await service.StartAsync(CancellationToken.None);
        var closed = await WaitForAsync(store, identity.InstanceId, w => w.DuoCircuit is not null);

        var before = DateTimeOffset.UtcNow;
        for (var n = 40; n < 42; n++)
        {
            await Assert.ThrowsAsync<Application.Duo.DuoUnavailableException>(() => harness.Register.MeldenAsync(DuoClientSamples.Melding(n), CancellationToken.None));
        }

        var after = DateTimeOffset.UtcNow;
        var open = await WaitForAsync(store, identity.InstanceId, w => w.DuoCircuit == "open");
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(("closed", (DateTimeOffset?)null), (closed.DuoCircuit, closed.DuoCircuitSince));
        Assert.Equal("open", open.DuoCircuit);
        Assert.InRange(open.DuoCircuitSince!.Value, before.AddMilliseconds(-1), after.AddMilliseconds(1));
    }

    private static async Task<WorkerHeartbeat> WaitForAsync(NpgsqlHeartbeatStore store, Guid instance, Func<WorkerHeartbeat, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var row = (await store.ListAsync(CancellationToken.None)).SingleOrDefault(w => w.InstanceId == instance);
            if ((row is not null && done(row)) || DateTime.UtcNow > deadline)
            {
                Assert.NotNull(row);
                Assert.True(done(row), $"heartbeat not as expected: {row}");
                return row;
            }

            await Task.Delay(100);
        }
    }
}
