using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Partners;
using IntegrationHub.Infrastructure.Persistence.Directory;
using IntegrationHub.Infrastructure.Schools;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class DirectoryServiceCollectionExtensions
{
    /// <summary>
    /// The routing directory: <see cref="IDirectory"/> (read as it stood on a day), its store for changes and imports,
    /// the CBS CSV reader with its column mapping (section "Directory:CbsColumns") and the loader of the shipped data
    /// files. Needs the hub's NpgsqlDataSource (AddHubPersistence).
    /// </summary>
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddOptions<CbsColumnOptions>()
            .BindConfiguration(CbsColumnOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IDirectory, NpgsqlDirectory>();
        services.TryAddSingleton<NpgsqlDirectoryStore>();
        services.TryAddSingleton<CbsGemeenteReader>();
        services.TryAddTransient<DirectoryLoader>();
        return services;
    }

    /// <summary>
    /// Connecting partner organisations to the broker (<see cref="PartnerProvisioner"/>, used by <c>hub org add</c>): the
    /// directory plus the RabbitMQ management client and connection of the school provisioning (AddSchools, added here
    /// when it is not registered yet). Needs the "RabbitMq" settings, including ManagementUri.
    /// </summary>
    public static IServiceCollection AddPartnerProvisioning(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddDirectory();
        if (!services.Any(d => d.ServiceType == typeof(RabbitMqManagementClient)))
        {
            services.AddSchools(configuration);
        }

        services.TryAddTransient<PartnerProvisioner>();
        return services;
    }
}
