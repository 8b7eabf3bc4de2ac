using IntegrationHub.Infrastructure.Tests.Persistence.Privacy;
using IntegrationHub.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Routing;

/// <summary>A migrated test database with privacy and the routing store wired as the worker wires them.</summary>
public sealed class RoutingDatabase : MigratedDatabase
{
    protected override IDictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["Disclosures:Key"] = PrivacyDatabase.DisclosureKey;
        return settings;
    }

    protected override void Configure(IServiceCollection services) => services.AddPrivacy().AddPartnerRouting();
}
