using IntegrationHub.Application.Messaging;
using MassTransit;

namespace IntegrationHub.Application.Signalering;

/// <summary>
/// Ordering and retries for signalering. Within a process, a partitioner keyed on the pupil pseudonym runs one
/// pupil's events one at a time; across processes the pupil's state row is locked for the transaction. The
/// rules give the same signals whatever the order of arrival, so competing consumers may run on any number of
/// workers. Transient failures (database, deadlock) are retried, then redelivered, then moved to _error.
/// </summary>
public sealed class PupilEventRecordedConsumerDefinition : ConsumerDefinition<PupilEventRecordedConsumer>
{
    public const string QueueName = "hub.signalering";

    public PupilEventRecordedConsumerDefinition()
    {
        EndpointName = QueueName;
        ConcurrentMessageLimit = 16;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PupilEventRecordedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
        endpointConfigurator.UseDelayedRedelivery(r => r.Intervals(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60)));
        consumerConfigurator.Message<PupilEventRecorded>(m => m.UsePartitioner(16, c => c.Message.Pupil));
    }
}
