using System.Net;
using IntegrationHub.Worker.Tests.Duo;

namespace IntegrationHub.Worker.Tests.Observability;

/// <summary>
/// The three health endpoints of a running worker: /health/live (the process answers; no dependency checked),
/// /health/ready (the database and the bus) and /health (everything).
/// </summary>
public sealed class HealthEndpointTests(ObservabilityHubFixture hub) : IClassFixture<ObservabilityHubFixture>
{
    [Fact]
    public async Task Should_answer_liveness_without_running_any_check_when_the_worker_is_up()
    {
        using var http = new HttpClient { BaseAddress = hub.Worker.BaseAddress };

        var (status, live) = await DuoHealthTests.GetAsync(http, "health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", live.GetProperty("status").GetString());
        Assert.Empty(DuoHealthTests.Checks(live));
    }

    [Fact]
    public async Task Should_check_the_database_and_the_broker_for_readiness_when_asked_if_ready()
    {
        using var http = new HttpClient { BaseAddress = hub.Worker.BaseAddress };

        var (status, ready) = await DuoHealthTests.GetAsync(http, "health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        var checks = DuoHealthTests.Checks(ready).ToDictionary(c => c.Name, c => c.Status);
        Assert.Equal("Healthy", checks["database"]);
        Assert.Contains(checks, c => c.Key.StartsWith("masstransit", StringComparison.Ordinal) && c.Value == "Healthy");
        Assert.DoesNotContain(checks.Keys, name => name.StartsWith("duo", StringComparison.Ordinal));
    }
}
