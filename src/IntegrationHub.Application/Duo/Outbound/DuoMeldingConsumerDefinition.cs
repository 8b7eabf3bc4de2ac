using MassTransit;

namespace IntegrationHub.Application.Duo.Outbound;

/// <summary>
/// The DUO copy of the published meldingen and their changes, on its own queue (the routing stage has its own copy): one
/// at a time in order (a change must not overtake its melding), retried like the routing consumer.
/// </summary>
public sealed class DuoMeldingConsumerDefinition : ConsumerDefinition<DuoMeldingConsumer>
{
    public const string QueueName = "hub.duo.meldingen";

    public DuoMeldingConsumerDefinition()
    {
        EndpointName = QueueName;
        ConcurrentMessageLimit = 1;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<DuoMeldingConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = 16;
        endpointConfigurator.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
    }
}
