using IntegrationHub.DuoStandIn;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Duo;

/// <summary>
/// A hub whose worker talks to a DUO stand-in as it would to DUO (<see cref="DuoStandInForHub"/>).
/// </summary>
public sealed class DuoHubFixture : HubFixture
{
    private DuoStandInForHub? _standIn;

    public DuoStandInServer StandIn => _standIn!.Server;

    protected override IDictionary<string, string> WorkerSettings
    {
        get
        {
            var settings = base.WorkerSettings;
            _standIn!.AddWorkerSettings(settings);
            return settings;
        }
    }

    public override async Task InitializeAsync()
    {
        _standIn = await DuoStandInForHub.StartAsync("duo-e2e");
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
