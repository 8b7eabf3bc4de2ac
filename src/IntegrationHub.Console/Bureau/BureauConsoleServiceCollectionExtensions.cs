using IntegrationHub.Application.Console.Bureau;
using IntegrationHub.Infrastructure.Duo.Polling;
using IntegrationHub.Infrastructure.Persistence.Console.Bureau;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class BureauConsoleServiceCollectionExtensions
{
    /// <summary>
    /// The leerplicht bureau's screens: the read model (<see cref="IBureauMeldingen"/>) and the partner answers' loop
    /// (a status set here goes through <c>PartnerAnswerIntake</c>, like one from the bureau's own system), which needs the
    /// privacy services (section "Disclosures", Key required) and the intake's pseudonymiser (section "Pseudonymisation").
    /// The status term of the inbox's due and overdue markers is the DUO loop's (section "Duo:Status", PartnerOverdueAfterDays).
    /// </summary>
    public static IServiceCollection AddBureauConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPartnerConsoleServices(configuration);
        services.AddOptions<DuoStatusOptions>().BindConfiguration(DuoStatusOptions.SectionName);
        services.TryAddSingleton<IBureauMeldingen, NpgsqlBureauMeldingen>();
        return services;
    }

    /// <summary>What the bureau and JGZ screens share: the partner answers' loop with what it needs.</summary>
    internal static IServiceCollection AddPartnerConsoleServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIntake(configuration);
        services.AddPrivacy();
        services.AddPartnerAnswers();
        return services;
    }
}
