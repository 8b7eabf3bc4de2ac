using IntegrationHub.Application.Console.School;
using IntegrationHub.Infrastructure.Persistence.Console.School;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class SchoolConsoleServiceCollectionExtensions
{
    /// <summary>
    /// The school screens: their read side (filtered by the user's BRIN) and the decision a school user sends, through
    /// the intake as the LVS's own DecideVerzuimmelding (needs Pseudonymisation:Key, like the worker's intake).
    /// </summary>
    public static IServiceCollection AddSchoolConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIntake(configuration);
        services.TryAddSingleton<ISchoolConsoleQuery, NpgsqlSchoolConsoleQuery>();
        services.TryAddSingleton<SchoolConsoleDecisions>();
        return services;
    }
}
