using IntegrationHub.Application.Meldingen;
using IntegrationHub.Application.Routing;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Messaging;
using IntegrationHub.Infrastructure.Messaging.Failed;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// The MassTransit bus on RabbitMQ ("RabbitMq" settings, the same the gateways use). The outbox relay sends
    /// through it. <paramref name="registerConsumers"/> is false for processes that only run the gateways or the
    /// relay: they then consume nothing. MassTransit's usage telemetry (a report to MassTransit's own host) is off: a hub
    /// holding children's data calls no outside host an operator did not configure.
    /// </summary>
    public static IServiceCollection AddHubMessaging(this IServiceCollection services, IConfiguration configuration, bool registerConsumers = true)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddRabbitMqConnection();
        services.AddOptions<MassTransitHostOptions>().Configure(host =>
        {
            host.WaitUntilStarted = false;
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });
        services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            bus.AddConfigureEndpointsCallback(FailedMessageEndpoints.Configure);
            if (registerConsumers)
            {
                RegisterConsumers(bus);
            }

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var options = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                rabbit.Host(options.Host, (ushort)options.Port, options.VirtualHost, host =>
                {
                    host.Username(options.Username);
                    host.Password(options.Password);
                    host.PublisherConfirmation = true;
                });
                rabbit.UseCompactJson();
                rabbit.ConfigureEndpoints(context);
            });
        });
        return services;
    }

    /// <summary>
    /// Every consumer the hub runs is registered here, explicitly, with its definition (retry, concurrency,
    /// partitioning): the whole who-consumes-what on one screen. No assembly scanning.
    /// </summary>
    private static void RegisterConsumers(IBusRegistrationConfigurator bus)
    {
        // Signalering: the rules for every recorded pupil event (queue hub.signalering: one message per intake batch,
        // consumed a few messages to a transaction).
        bus.AddConsumer<PupilEventsRecordedConsumer, PupilEventsRecordedConsumerDefinition>();

        // Meldingen: a school's answer about one of its meldingen (queue hub.meldingen.decisions).
        bus.AddConsumer<VerzuimmeldingDecidedConsumer, VerzuimmeldingDecidedConsumerDefinition>();

        // Routing: a made melding and its changes to the woongemeente's organisation (queue hub.routing.meldingen);
        // a MAZL referral to the school's JGZ (queue hub.routing.mazl).
        bus.AddConsumer<VerzuimmeldingRoutingConsumer, VerzuimmeldingRoutingConsumerDefinition>();
        bus.AddConsumer<MazlReferralConsumer, MazlReferralConsumerDefinition>();

        // DUO: the same published meldingen and changes, their own copy, to duo_outbox (queue hub.duo.meldingen).
        bus.AddDuoOutboundConsumers();
    }
}
