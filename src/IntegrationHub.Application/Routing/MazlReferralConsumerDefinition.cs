using MassTransit;

namespace IntegrationHub.Application.Routing;

/// <summary>MAZL referrals: few, retried on transient failures.</summary>
public sealed class MazlReferralConsumerDefinition : ConsumerDefinition<MazlReferralConsumer>
{
    public const string QueueName = "hub.routing.mazl";

    public MazlReferralConsumerDefinition()
    {
        EndpointName = QueueName;
        ConcurrentMessageLimit = 2;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<MazlReferralConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
    }
}
