using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Pseudonymisation;

/// <summary>A hub whose worker can be restarted with another pseudonymisation key.</summary>
public sealed class RotationHubFixture : HubFixture
{
    /// <summary>The key WorkerProcess starts every worker with.</summary>
    public const string OldKey = "worker-tests-pseudonymisation-key-not-a-real-secret";

    public const string NewKey = "worker-tests-rotated-pseudonymisation-key-not-a-real-secret";

    public const string DisclosureKey = "worker-tests-disclosure-log-key-not-a-real-secret";

    public IDictionary<string, string> SettingsWithKey(string key) =>
        new Dictionary<string, string>(WorkerSettings) { ["Pseudonymisation__Key"] = key };
}
