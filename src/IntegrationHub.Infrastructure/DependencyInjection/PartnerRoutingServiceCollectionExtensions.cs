using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Persistence.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class PartnerRoutingServiceCollectionExtensions
{
    /// <summary>
    /// The routing stage's store (its consumers are registered with the bus in AddHubMessaging). Needs the directory
    /// (AddDirectory) and the privacy services (AddPrivacy: consent registry, disclosure log).
    /// </summary>
    public static IServiceCollection AddPartnerRouting(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRoutingStore, NpgsqlRoutingStore>();
        services.TryAddSingleton<ParkedDeliveries>();
        return services;
    }
}
