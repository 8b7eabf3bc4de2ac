using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Fuzz;

/// <summary>
/// A hub for the fuzz test: its school may make far more HTTP requests per minute than the default 600, because the
/// test sends 5,000 hostile payloads (hundreds of them one per request) as fast as the machine allows, and asks what
/// the gateway does with their content. The per-school rate limit itself is proven by HttpHardeningTests.
/// </summary>
public sealed class FuzzHubFixture : HubFixture
{
    protected override IDictionary<string, string> WorkerSettings => new Dictionary<string, string>(base.WorkerSettings)
    {
        ["Gateways__Http__RateLimitRequests"] = "100000",
    };
}
