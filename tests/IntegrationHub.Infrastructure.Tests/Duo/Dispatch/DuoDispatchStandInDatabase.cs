using Dapper;
using IntegrationHub.Application.Duo;
using IntegrationHub.DuoStandIn;
using IntegrationHub.Infrastructure.Duo.Dispatch;
using IntegrationHub.Infrastructure.Tests.Duo.Client;
using IntegrationHub.Infrastructure.Tests.Duo.Outbound;
using IntegrationHub.Infrastructure.Tests.Persistence.Privacy;
using IntegrationHub.Infrastructure.Tests.Support;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace IntegrationHub.Infrastructure.Tests.Duo.Dispatch;

/// <summary>
/// A migrated database with the hub's DUO consumer (on MassTransit's in-memory test harness), the duo_outbox store and
/// the dispatcher's pass (not its background loop: the test runs passes) on the system clock, sending through the REAL
/// DUO client (<see cref="DuoClientHarness"/>: AddDuoClient over HTTPS with a client certificate) to the Kestrel
/// stand-in with <see cref="Faults"/> injected. The dispatcher's log records are captured with FakeLogger; errors
/// (a failed pass is logged, not thrown) with <see cref="ErrorLog"/>. School 12AB exists.
/// </summary>
public sealed class DuoDispatchStandInDatabase : MigratedDatabase
{
    /// <summary>Small circuit settings, as in the client's reliability test: only an outage opens the circuit, for half a second.</summary>
    private static readonly Dictionary<string, string?> ClientSettings = new()
    {
        ["AttemptTimeout"] = "00:00:10",
        ["RetryCount"] = "3",
        ["RetryBaseDelay"] = "00:00:00.010",
        ["CircuitFailureRatio"] = "0.9",
        ["CircuitMinimumThroughput"] = "20",
        ["CircuitSamplingDuration"] = "00:00:01",
        ["CircuitBreakDuration"] = "00:00:00.500",
    };

    private DuoClientHarness? _client;

    /// <summary>The faults the stand-in injects (mutable while the test runs: <see cref="DuoStandInFaults.Down"/>).</summary>
    public DuoStandInFaults Faults { get; } = new() { FaultRate = 0.35, LostResponseRate = 0.15 };

    internal DuoClientHarness Client => _client!;

    public ErrorLog Errors { get; } = new();

    public FakeLogCollector DispatcherLogs => Services.GetRequiredService<FakeLogCollector>();

    public ITestHarness Harness => Services.GetRequiredService<ITestHarness>();

    public override async Task InitializeAsync()
    {
        _client = await DuoClientHarness.StartAsync(Faults, ClientSettings);
        await base.InitializeAsync();
        await Harness.Start();
        await ExecAsync("INSERT INTO schools (brin, name, region) VALUES (@Brin, @Name, 'midden')",
            new { Brin = DuoOutboundDatabase.Brin, Name = DuoOutboundDatabase.SchoolName });
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }
    }

    protected override IDictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Disclosures:Key"] = PrivacyDatabase.DisclosureKey;
        settings["Duo:Dispatch:MaxConcurrentPupils"] = "8";
        settings["Duo:Dispatch:BatchSize"] = "100";
        settings["Duo:Dispatch:RetryBaseDelay"] = "00:00:00.010";
        settings["Duo:Dispatch:RetryMaxDelay"] = "00:00:00.250";
        return settings;
    }

    protected override void Configure(IServiceCollection services)
    {
        services.AddLogging(logging => logging.AddFakeLogging(options => options.FilteredCategories.Add(typeof(DuoDispatchPass).FullName!)));
        services.AddSingleton<ILoggerProvider>(Errors);
        services.AddPrivacy().AddPartnerRouting().AddDuoOutbound().AddDuoDispatcher();
        services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DuoDispatcher)));
        services.AddSingleton<IDuoRegister>(_ => Client.Register);
        services.AddMassTransitTestHarness(bus => bus.AddDuoOutboundConsumers());
    }

    /// <summary>
    /// <paramref name="count"/> pupils (pseudonyms with BSNs from the test range in pupil_identity), each with one settled
    /// melding delivered to the hub's DUO consumer, which writes its duo_meldingen + duo_outbox 'melden' rows; returns
    /// the melding ids once every row is there.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> QueueMeldingenAsync(int count)
    {
        await ExecAsync("""
            INSERT INTO pupil_identity (pseudonym, nummer_soort, persoonsgebonden_nummer, first_seen_at)
            SELECT 'pseudonym-duo-reliability-' || n, 'bsn', (999990000 + n)::text, now() FROM generate_series(0, @Last) AS n
            """, new { Last = count - 1 });
        var ids = new List<Guid>();
        for (var n = 0; n < count; n++)
        {
            var ready = DuoOutboundDatabase.Ready($"pseudonym-duo-reliability-{n}");
            ids.Add(ready.MeldingId);
            await Harness.Bus.Publish(ready);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (await CountAsync("SELECT count(*) FROM duo_outbox WHERE operation = 'melden' AND melding_id = ANY(@Ids)", new { Ids = ids.ToArray() }) < count)
        {
            Assert.False(timeout.IsCancellationRequested, $"The DUO consumer did not queue {count} meldingen within a minute.");
            await Task.Delay(100, CancellationToken.None);
        }

        return ids;
    }

    public async Task ExecAsync(string sql, object? parameters = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return [.. await connection.QueryAsync<T>(sql, parameters)];
    }
}
