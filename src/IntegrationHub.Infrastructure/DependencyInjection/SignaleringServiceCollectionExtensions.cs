using IntegrationHub.Application.Meldingen;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Infrastructure.Persistence.Signalering;
using IntegrationHub.Infrastructure.Signalering;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class SignaleringServiceCollectionExtensions
{
    /// <summary>
    /// What the signalering and melding consumers need (section "Signalering"): the store, the rule-context source,
    /// the digest store and the scheduled worker that settles due meldingen and sends the digests. The consumers
    /// themselves are registered with the bus in AddHubMessaging; the outbox types in AddOutboxRelay.
    /// </summary>
    public static IServiceCollection AddSignalering(this IServiceCollection services)
    {
        services.AddOptions<SignaleringOptions>()
            .BindConfiguration(SignaleringOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISignaleringStore, NpgsqlSignaleringStore>();
        services.TryAddSingleton<SignaleringContextSource>();
        services.TryAddSingleton<ISignaleringContextSource>(sp => sp.GetRequiredService<SignaleringContextSource>());
        services.TryAddSingleton<IFindingDigestStore, NpgsqlFindingDigestStore>();
        services.TryAddSingleton<DueMeldingen>();
        services.AddHostedService<MeldingScheduler>();
        return services;
    }
}
