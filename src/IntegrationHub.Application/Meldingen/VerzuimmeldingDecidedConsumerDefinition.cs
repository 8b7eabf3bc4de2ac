using MassTransit;

namespace IntegrationHub.Application.Meldingen;

/// <summary>Retries for school decisions; one at a time per pupil within a process, the pupil lock across processes.</summary>
public sealed class VerzuimmeldingDecidedConsumerDefinition : ConsumerDefinition<VerzuimmeldingDecidedConsumer>
{
    public const string QueueName = "hub.meldingen.decisions";

    public VerzuimmeldingDecidedConsumerDefinition()
    {
        EndpointName = QueueName;
        ConcurrentMessageLimit = 4;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<VerzuimmeldingDecidedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
    }
}
