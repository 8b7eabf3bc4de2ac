using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence.Signalering;
using IntegrationHub.Infrastructure.Signalering;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class SignaleringServiceCollectionExtensions
{
    /// <summary>
    /// What the signalering consumer needs (section "Signalering"): the store, the rule-context source and the
    /// outbox types it writes. The consumer itself is registered with the bus in AddHubMessaging.
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
        services.AddOutboxMessageType<SignalRaised>()
            .AddOutboxMessageType<SignalWithdrawn>()
            .AddOutboxMessageType<VerzuimSignalRaised>()
            .AddOutboxMessageType<VerzuimSignalWithdrawn>();
        return services;
    }
}
