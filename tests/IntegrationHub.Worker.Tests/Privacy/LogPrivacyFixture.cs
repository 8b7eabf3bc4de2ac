using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Privacy;

/// <summary>A hub logging everything at Debug, so that a leak anywhere would show in its output.</summary>
public sealed class LogPrivacyFixture : HubFixture
{
    protected override IDictionary<string, string> WorkerSettings => new Dictionary<string, string>
    {
        ["Logging__LogLevel__Default"] = "Debug",
        ["Logging__LogLevel__Microsoft"] = "Debug",
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Debug",
        ["Logging__LogLevel__MassTransit"] = "Debug",
        ["Logging__LogLevel__Npgsql"] = "Debug",
    };
}
