using MassTransit;

namespace IntegrationHub.Application.Signalering;

/// <summary>
/// Batching, ordering and retries for signalering. Each message holds one intake transaction's events (up to the
/// intake's batch of a hundred); messages are consumed in batches of up to <see cref="BatchSize"/> messages (or what
/// arrived within <see cref="BatchTimeLimit"/>), <see cref="ConcurrentBatches"/> at a time, each batch in one
/// transaction. A pupil's events are ordered by its state row, which a batch locks (in one fixed order, so batches
/// never deadlock on each other) in this process or another; the rules give the same signals whatever the order
/// of arrival, so competing consumers may run on any number of workers. Transient failures (database, deadlock) are
/// retried in process, first quickly and then for minutes (<see cref="RetryIntervals"/>) while the message stays
/// unacknowledged, then moved to _error; only the messages that fail on their own (see the consumer). No broker plugin
/// is needed: no delayed-message exchange, no scheduler. A message that still fails lands in _error with the reason in
/// its MT-Fault-* headers and in the failed-message store, from where an operator replays it (hub dlq replay).
/// </summary>
public sealed class PupilEventsRecordedConsumerDefinition : ConsumerDefinition<PupilEventsRecordedConsumer>
{
    public const string QueueName = "hub.signalering";
    /// <summary>Messages per batch: under load each carries an intake batch of about a hundred events.</summary>
    public const int BatchSize = 8;
    public const int ConcurrentBatches = 2;
    public static readonly TimeSpan BatchTimeLimit = TimeSpan.FromMilliseconds(5);

    /// <summary>Room for the running batches and the next one filling up, so a batch fills without waiting for the time limit.</summary>
    private const int MessagesInFlight = (ConcurrentBatches + 1) * BatchSize;

    /// <summary>
    /// The waits between attempts: quick ones for a deadlock, then long ones that outlast a database or broker restart
    /// (about six and a half minutes in all, well under RabbitMQ's consumer timeout of 30 minutes). Redelivery through
    /// the broker would need the delayed-message exchange plugin, which Debian's RabbitMQ does not have.
    /// </summary>
    public static readonly TimeSpan[] RetryIntervals =
    [
        TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1),
        TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30),
        TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(180),
    ];

    public PupilEventsRecordedConsumerDefinition()
    {
        EndpointName = QueueName;
        ConcurrentMessageLimit = MessagesInFlight;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PupilEventsRecordedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = MessagesInFlight;
        endpointConfigurator.UseMessageRetry(r => r.Intervals(RetryIntervals));
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(BatchSize)
            .SetTimeLimit(BatchTimeLimit)
            .SetConcurrencyLimit(ConcurrentBatches));
    }
}
