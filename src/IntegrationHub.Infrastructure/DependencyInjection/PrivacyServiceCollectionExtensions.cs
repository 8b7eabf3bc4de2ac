using IntegrationHub.Application.Privacy;
using IntegrationHub.Infrastructure.Persistence.Privacy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// The consent registry (<see cref="IConsentRegistry"/>), the disclosure log (<see cref="DisclosureLog"/>, its
    /// subject protector with section "Disclosures", Key required) and its inzage (<see cref="IDisclosureQuery"/>,
    /// <see cref="DisclosureInzage"/>). Needs AddHubPersistence for the data source and AddIntake for the pseudonymiser.
    /// </summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddOptions<DisclosureOptions>()
            .BindConfiguration(DisclosureOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<DisclosureSubjectProtector>();
        services.TryAddSingleton<DisclosureLog>();
        services.TryAddSingleton<IConsentRegistry, NpgsqlConsentRegistry>();
        services.TryAddSingleton<IDisclosureQuery, NpgsqlDisclosureQuery>();
        services.TryAddSingleton<DisclosureInzage>();
        return services;
    }
}
