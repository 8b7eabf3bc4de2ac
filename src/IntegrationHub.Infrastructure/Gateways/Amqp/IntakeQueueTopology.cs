using IntegrationHub.Application.Messaging;
using RabbitMQ.Client;

namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>
/// The intake queue and where its refused deliveries go. Declared by the gateway at start and by the school
/// provisioning before it binds a school exchange, always with the same arguments.
/// </summary>
public static class IntakeQueueTopology
{
    /// <summary>Receives deliveries the gateway refused because no school exchange vouches for them.</summary>
    public const string DeadLetterExchange = "hub.intake.dlx";

    /// <summary>Where those deliveries are kept for operators.</summary>
    public const string UnauthenticatedQueue = "hub.intake.unauthenticated";

    /// <summary>
    /// Where poison deliveries go (those that kept failing at the intake; see AmqpGatewayOptions.MaxDeliveries), with the
    /// reason in their x-hub-fault-* headers. They are also in the failed-message store, from where hub dlq replays them.
    /// </summary>
    public const string ErrorQueue = "hub.intake_error";

    private static readonly Dictionary<string, object?> Quorum = new() { ["x-queue-type"] = "quorum" };

    private static readonly Dictionary<string, object?> IntakeArguments = new()
    {
        ["x-queue-type"] = "quorum",
        ["x-dead-letter-exchange"] = DeadLetterExchange,
    };

    public static async Task DeclareAsync(IChannel channel, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(DeadLetterExchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(UnauthenticatedQueue, durable: true, exclusive: false, autoDelete: false, arguments: Quorum, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(UnauthenticatedQueue, DeadLetterExchange, string.Empty, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(ErrorQueue, durable: true, exclusive: false, autoDelete: false, arguments: Quorum, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(Topology.IntakeQueue, durable: true, exclusive: false, autoDelete: false, arguments: IntakeArguments, cancellationToken: cancellationToken);
    }
}
