using IntegrationHub.Infrastructure.Persistence.Pseudonymisation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class PseudonymisationServiceCollectionExtensions
{
    /// <summary>
    /// The pseudonymisation key rotation (<see cref="NpgsqlPseudonymRotation"/>): section "Pseudonymisation" with Key (the
    /// new key) and PreviousKey (the old one), and the disclosure log's key ("Disclosures"). Needs AddHubPersistence.
    /// </summary>
    public static IServiceCollection AddPseudonymRotation(this IServiceCollection services)
    {
        services.AddPupilRights();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NpgsqlPseudonymRotation>();
        return services;
    }
}
