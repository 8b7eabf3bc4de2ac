using IntegrationHub.DuoStandIn;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Observability;

/// <summary>
/// A hub connected to a DUO stand-in that is down from the start: the status poll (every second) fails, and after two
/// failed attempts the DUO circuit opens and stays open for ten minutes, longer than any test here.
/// </summary>
public sealed class DuoDownHubFixture : ObservabilityHubFixture
{
    private DuoStandInForHub? _standIn;

    public DuoStandInServer StandIn => _standIn!.Server;

    protected override IDictionary<string, string> WorkerSettings
    {
        get
        {
            var settings = base.WorkerSettings;
            _standIn!.AddWorkerSettings(settings);
            settings["Duo__Client__CircuitMinimumThroughput"] = "2";
            settings["Duo__Client__CircuitBreakDuration"] = "00:10:00";
            return settings;
        }
    }

    public override async Task InitializeAsync()
    {
        _standIn = await DuoStandInForHub.StartAsync("duo-down");
        _standIn.Server.Faults.Down = true;
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_standIn is not null)
        {
            await _standIn.DisposeAsync();
        }
    }
}
