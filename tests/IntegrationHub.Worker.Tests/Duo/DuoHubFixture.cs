using IntegrationHub.DuoStandIn;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Duo;

/// <summary>
/// A hub whose worker talks to a DUO stand-in as it would to DUO: HTTPS with the stand-in's own server certificate
/// (pinned) and the hub's client certificate (required by the stand-in). The dispatcher and the status poll run every
/// second, so a test sees DUO's answers within seconds.
/// </summary>
public sealed class DuoHubFixture : HubFixture
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "duo-e2e-" + Guid.NewGuid().ToString("N"));
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
            settings["Duo__Dispatch__PollInterval"] = "00:00:01";
            settings["Duo__Dispatch__RetryBaseDelay"] = "00:00:01";
            settings["Duo__Status__PollInterval"] = "00:00:01";
            return settings;
        }
    }

    public override async Task InitializeAsync()
    {
        _standIn = await DuoStandInSetup.StartAsync(_directory);
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
