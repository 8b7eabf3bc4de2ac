using System.Collections.Concurrent;
using IntegrationHub.DuoStandIn;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Faults.Tests.Support;

/// <summary>
/// A hub on the PRIVATE servers (<see cref="FaultServers"/>): its own database and vhost, the worker as a child process,
/// and DUO's stand-in on HTTPS with the hub's client certificate, as <c>DuoHubFixture</c> sets it up (dispatcher and
/// status poll every second). Meldingen settle as in the other worker tests: the feed lies in the past, so its legal
/// deadlines have passed, and the minimum quiet time is 0 (HubFixture). Keeps the output of every worker it started,
/// killed ones included, for the log check over the whole run.
/// </summary>
public class FaultHubFixture : HubFixture
{
    private readonly ConcurrentQueue<string> _earlierOutput = new();
    private DuoStandInForHub? _standIn;

    public DuoStandInServer StandIn => _standIn!.Server;

    /// <summary>Every line every worker of this fixture wrote so far (stdout and stderr), the killed ones' included.</summary>
    public IReadOnlyList<string> AllWorkerOutput => [.. _earlierOutput, .. Worker.OutputLines];

    protected override IDictionary<string, string> WorkerSettings
    {
        get
        {
            var settings = base.WorkerSettings;
            _standIn!.AddWorkerSettings(settings);
            // The hub's own categories at Debug, so a personal detail in any of its log lines would show.
            settings["Logging__LogLevel__IntegrationHub"] = "Debug";
            return settings;
        }
    }

    public override async Task InitializeAsync()
    {
        FaultServers.Use();
        await FaultServers.UpAsync();
        _standIn = await DuoStandInForHub.StartAsync("faults");
        await base.InitializeAsync();
    }

    /// <summary>SIGKILL the worker, then start a new one with the same settings (waits until it is ready).</summary>
    public async Task KillAndRestartWorkerAsync(TimeSpan down)
    {
        await Worker.KillAsync();
        Keep(Worker.OutputLines);
        await Task.Delay(down);
        await RestartWorkerAsync();
    }

    /// <summary>SIGKILL the worker and start a new one on another database (a restored copy), same vhost and settings.</summary>
    public async Task ReplaceWorkerAsync(string connectionString)
    {
        await Worker.KillAsync();
        Keep(Worker.OutputLines);
        var settings = WorkerSettings;
        settings["ConnectionStrings__Hub"] = connectionString;
        await RestartWorkerAsync(settings);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_standIn is not null)
        {
            await _standIn.DisposeAsync();
        }
    }

    private void Keep(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            _earlierOutput.Enqueue(line);
        }
    }
}
