using IntegrationHub.Application.Console.Jgz;
using IntegrationHub.Infrastructure.Persistence.Console.Jgz;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class JgzConsoleServiceCollectionExtensions
{
    /// <summary>
    /// The JGZ screens: the referral read model (<see cref="IJgzReferrals"/>) and the partner answers' loop (advice given here
    /// goes through <c>PartnerAnswerIntake</c>: consent checked again, the school's feedback through the outbox).
    /// </summary>
    public static IServiceCollection AddJgzConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPartnerConsoleServices(configuration);
        services.TryAddSingleton<IJgzReferrals, NpgsqlJgzReferrals>();
        return services;
    }
}
