using IntegrationHub.Application.Console;
using IntegrationHub.Infrastructure.Persistence.Console;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class ConsoleServiceCollectionExtensions
{
    /// <summary>The web console's local accounts and audit log (used by the console and <c>hub console</c>). Needs AddHubPersistence.</summary>
    public static IServiceCollection AddConsoleAccounts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConsoleAccounts, NpgsqlConsoleAccounts>();
        services.TryAddSingleton<IConsoleAudit, NpgsqlConsoleAudit>();
        return services;
    }
}
