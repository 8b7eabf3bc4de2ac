using System.Net;
using System.Text.Json;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Duo;

/// <summary>
/// DUO never holds up intake: a worker whose duo role has no DUO endpoint is still ready (/health/ready 200 without DUO's
/// checks), while /health reports it Degraded and says why; with DUO connected, /health lists the client's and the poll's
/// checks.
/// </summary>
public sealed class DuoHealthTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task Should_stay_ready_and_report_degraded_health_when_the_duo_role_has_no_endpoint()
    {
        using var http = new HttpClient { BaseAddress = hub.Worker.BaseAddress };

        var (readyStatus, ready) = await GetAsync(http, "health/ready");
        var (healthStatus, health) = await GetAsync(http, "health");

        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.DoesNotContain(Checks(ready), c => c.Name.StartsWith("duo", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, healthStatus);
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        var duo = Assert.Single(Checks(health), c => c.Name == "duo");
        Assert.Equal("Degraded", duo.Status);
        Assert.Contains("Duo:Client:Endpoint", duo.Description, StringComparison.Ordinal);
        Assert.Contains(hub.Worker.OutputLines, line => line.Contains("DUO is not configured", StringComparison.Ordinal));
    }

    internal static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.Clone());
    }

    internal static IReadOnlyList<(string Name, string Status, string Description)> Checks(JsonElement report) =>
        [.. report.GetProperty("checks").EnumerateArray().Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("status").GetString()!, c.GetProperty("description").GetString() ?? ""))];
}
