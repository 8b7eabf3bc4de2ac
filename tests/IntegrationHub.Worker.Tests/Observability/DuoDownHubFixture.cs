using IntegrationHub.DuoStandIn;

namespace IntegrationHub.Worker.Tests.Observability;

/// <summary>
/// A hub connected to a DUO stand-in that is down from the start: the status poll (every second) fails, and after two
/// failed attempts the DUO circuit opens and stays open for ten minutes, longer than any test here.
/// </summary>
public sealed class DuoDownHubFixture : ObservabilityHubFixture
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "duo-down-" + Guid.NewGuid().ToString("N"));
    private DuoStandInSetup? _standIn;

    public DuoStandInServer StandIn => _standIn!.Server;

    protected override IDictionary<string, string> WorkerSettings
    {
        get
        {
            var settings = base.WorkerSettings;
            foreach (var (key, value) in _standIn!.ClientSettings)
            {
                settings["Duo__Client__" + key] = value;
            }

            settings["Duo__Client__RetryBaseDelay"] = "00:00:00.050";
            settings["Duo__Client__CircuitMinimumThroughput"] = "2";
            settings["Duo__Client__CircuitBreakDuration"] = "00:10:00";
            settings["Duo__Dispatch__PollInterval"] = "00:00:01";
            settings["Duo__Status__PollInterval"] = "00:00:01";
            return settings;
        }
    }

    public override async Task InitializeAsync()
    {
        _standIn = await DuoStandInSetup.StartAsync(_directory);
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

        System.IO.Directory.Delete(_directory, recursive: true);
    }
}
