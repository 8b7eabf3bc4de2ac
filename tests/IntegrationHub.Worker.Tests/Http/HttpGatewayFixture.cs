using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Http;

/// <summary>A hub whose HTTP gateway takes at most <see cref="MaxItems"/> items per request.</summary>
public sealed class HttpGatewayFixture : HubFixture
{
    public const int MaxItems = 5;

    protected override IDictionary<string, string> WorkerSettings => new Dictionary<string, string>
    {
        ["Gateways__Http__MaxItems"] = MaxItems.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
