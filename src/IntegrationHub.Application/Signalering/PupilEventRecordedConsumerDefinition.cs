using MassTransit;

namespace IntegrationHub.Application.Signalering;

/// <summary>
/// Batching, ordering and retries for signalering. Messages are consumed in batches of up to <see cref="BatchSize"/>
/// (or what arrived within <see cref="BatchTimeLimit"/>), <see cref="ConcurrentBatches"/> at a time, each in one
/// transaction. A pupil's events are ordered by its state row, which a batch locks (in one fixed order, so batches
/// never deadlock on each other) in this process or another; the rules give the same signals whatever the order
/// of arrival, so competing consumers may run on any number of workers. Transient failures (database, deadlock) are
/// retried, then redelivered, then moved to _error; only the messages that fail on their own (see the consumer).
/// </summary>
public sealed class PupilEventRecordedConsumerDefinition : ConsumerDefinition<PupilEventRecordedConsumer>
{
    public const string QueueName = "hub.signalering";
    public const int BatchSize = 100;
    public const int ConcurrentBatches = 2;
    public static readonly TimeSpan BatchTimeLimit = TimeSpan.FromMilliseconds(5);

    /// <summary>Room for the running batches and the next one filling up, so a batch fills without waiting for the time limit.</summary>
    private const int MessagesInFlight = (ConcurrentBatches + 1) * BatchSize;

    public PupilEventRecordedConsumerDefinition()
    {
        EndpointName = QueueName;
        ConcurrentMessageLimit = MessagesInFlight;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PupilEventRecordedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = MessagesInFlight;
        endpointConfigurator.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(200)));
        endpointConfigurator.UseDelayedRedelivery(r => r.Intervals(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60)));
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(BatchSize)
            .SetTimeLimit(BatchTimeLimit)
            .SetConcurrencyLimit(ConcurrentBatches));
    }
}
