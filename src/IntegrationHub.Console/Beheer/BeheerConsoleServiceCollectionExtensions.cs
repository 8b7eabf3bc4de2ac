using IntegrationHub.Console.Beheer;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class BeheerConsoleServiceCollectionExtensions
{
    /// <summary>
    /// The operator's screens (Pages/Beheer): failed messages (the issue-11 store and replayer), the overview, parked
    /// meldingen, the directory and schools. Needs the hub's database and broker settings.
    /// </summary>
    public static IServiceCollection AddBeheerConsole(this IServiceCollection services)
    {
        services.AddBeheerConsoleStores();
        services.TryAddSingleton<FailedGroupRetry>();
        return services;
    }
}
