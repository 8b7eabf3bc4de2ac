using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Privacy;

/// <summary>A migrated test database with the intake and the privacy services wired as the worker wires them.</summary>
public sealed class PrivacyDatabase : MigratedDatabase
{
    public const string DisclosureKey = "test-disclosure-key-for-the-infrastructure-tests-only-0123";

    protected override IDictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Disclosures:Key"] = DisclosureKey;
        return settings;
    }

    protected override void Configure(IServiceCollection services) => services.AddPrivacy();
}
