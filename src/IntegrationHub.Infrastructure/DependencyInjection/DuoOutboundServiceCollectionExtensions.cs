using IntegrationHub.Application.Duo.Outbound;
using IntegrationHub.Infrastructure.Duo.Dispatch;
using IntegrationHub.Infrastructure.Persistence.Duo;
using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class DuoOutboundServiceCollectionExtensions
{
    /// <summary>
    /// The DUO consumer's store (the consumer itself is registered with the bus by <see cref="AddDuoOutboundConsumers"/>
    /// in AddHubMessaging): settled meldingen and their changes become duo_meldingen + duo_outbox rows.
    /// </summary>
    public static IServiceCollection AddDuoOutbound(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDuoOutboxStore, NpgsqlDuoOutboxStore>();
        services.TryAddSingleton<NpgsqlDuoOutboxStoreQueries>();
        return services;
    }

    /// <summary>The DUO consumer on its own queue (hub.duo.meldingen), with its definition.</summary>
    public static IBusRegistrationConfigurator AddDuoOutboundConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<DuoMeldingConsumer, DuoMeldingConsumerDefinition>();
        return bus;
    }

    /// <summary>
    /// The DUO dispatcher ("Duo:Dispatch" settings): sends duo_outbox requests through <c>IDuoRegister</c> (AddDuoClient)
    /// in order per pupil. Needs the privacy services (AddPrivacy: the disclosure log, for the partner's meldingsnummer update).
    /// </summary>
    public static IServiceCollection AddDuoDispatcher(this IServiceCollection services)
    {
        services.AddOptions<DuoDispatchOptions>()
            .BindConfiguration(DuoDispatchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NpgsqlDuoOutboxStoreClaims>();
        services.TryAddSingleton<DuoDispatchMetrics>();
        services.TryAddSingleton<DuoDispatchPass>();
        services.AddHostedService<DuoDispatcher>();
        return services;
    }
}
