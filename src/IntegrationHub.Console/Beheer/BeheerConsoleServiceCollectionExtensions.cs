using IntegrationHub.Console.Beheer;
using IntegrationHub.Infrastructure.Schools;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class BeheerConsoleServiceCollectionExtensions
{
    /// <summary>
    /// The operator's screens (Pages/Beheer): failed messages (the issue-11 store and replayer), the overview, parked
    /// meldingen, the directory, and schools (the CLI's SchoolProvisioner, signing in to the broker's management API as
    /// RabbitMq:Operator). Needs AddHubPersistence and the "RabbitMq" settings with ManagementUri.
    /// </summary>
    public static IServiceCollection AddBeheerConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBeheerConsoleStores();
        services.AddDirectory();
        if (!services.Any(s => s.ServiceType == typeof(ISchoolStore)))
        {
            services.AddSchools(configuration);
        }

        services.TryAddSingleton<FailedGroupRetry>();
        return services;
    }
}
