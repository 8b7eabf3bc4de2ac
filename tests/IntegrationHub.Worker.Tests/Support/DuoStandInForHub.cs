using IntegrationHub.DuoStandIn;

namespace IntegrationHub.Worker.Tests.Support;

/// <summary>
/// A DUO stand-in for a worker under test, in a temporary directory: HTTPS with the stand-in's own server certificate
/// (pinned) and the hub's client certificate (required by the stand-in). <see cref="AddWorkerSettings"/> points the
/// worker at it with the dispatcher and the status poll running every second, so a test sees DUO's answers within
/// seconds.
/// </summary>
public sealed class DuoStandInForHub : IAsyncDisposable
{
    private readonly string _directory;
    private readonly DuoStandInSetup _setup;

    private DuoStandInForHub(string directory, DuoStandInSetup setup)
    {
        _directory = directory;
        _setup = setup;
    }

    public DuoStandInServer Server => _setup.Server;

    public static async Task<DuoStandInForHub> StartAsync(string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), name + "-" + Guid.NewGuid().ToString("N"));
        return new DuoStandInForHub(directory, await DuoStandInSetup.StartAsync(directory));
    }

    public void AddWorkerSettings(IDictionary<string, string> settings)
    {
        foreach (var (key, value) in _setup.ClientSettings)
        {
            settings["Duo__Client__" + key] = value;
        }

        settings["Duo__Client__RetryBaseDelay"] = "00:00:00.050";
        settings["Duo__Dispatch__PollInterval"] = "00:00:01";
        settings["Duo__Dispatch__RetryBaseDelay"] = "00:00:01";
        settings["Duo__Status__PollInterval"] = "00:00:01";
    }

    public async ValueTask DisposeAsync()
    {
        await _setup.DisposeAsync();
        if (System.IO.Directory.Exists(_directory))
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
    }
}
