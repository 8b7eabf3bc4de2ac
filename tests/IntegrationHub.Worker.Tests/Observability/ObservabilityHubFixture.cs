using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Observability;

/// <summary>A hub whose worker samples its gauges and beats every second, so the tests need not wait long.</summary>
public class ObservabilityHubFixture : HubFixture
{
    protected override IDictionary<string, string> WorkerSettings => new Dictionary<string, string>(base.WorkerSettings)
    {
        ["Observability__SampleSeconds"] = "1",
        ["Observability__HeartbeatSeconds"] = "1",
    };
}
