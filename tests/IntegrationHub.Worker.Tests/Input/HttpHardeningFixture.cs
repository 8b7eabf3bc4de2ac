using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Input;

/// <summary>A worker whose HTTP gateway has small limits, so the tests can reach them.</summary>
public sealed class HttpHardeningFixture : HubFixture
{
    public const int RequestsPerWindow = 3;
    public const int MaxRequestBytes = 64 * 1024;

    protected override IDictionary<string, string> WorkerSettings => new Dictionary<string, string>
    {
        ["Gateways__Http__RateLimitRequests"] = RequestsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Gateways__Http__RateLimitWindow"] = "00:10:00",
        ["Gateways__Http__MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
