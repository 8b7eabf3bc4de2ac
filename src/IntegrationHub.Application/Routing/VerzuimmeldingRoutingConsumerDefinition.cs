using MassTransit;

namespace IntegrationHub.Application.Routing;

/// <summary>
/// Meldingen and their changes, one at a time in order (a change must not overtake its melding); retried, since the
/// directory and the database may be briefly unavailable. Meldingen are few (hundreds per school day).
/// </summary>
public sealed class VerzuimmeldingRoutingConsumerDefinition : ConsumerDefinition<VerzuimmeldingRoutingConsumer>
{
    public const string QueueName = "hub.routing.meldingen";

    public VerzuimmeldingRoutingConsumerDefinition()
    {
        EndpointName = QueueName;
        ConcurrentMessageLimit = 1;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<VerzuimmeldingRoutingConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = 16;
        endpointConfigurator.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
    }
}
