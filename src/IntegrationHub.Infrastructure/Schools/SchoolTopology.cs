using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Gateways.Amqp;
using RabbitMQ.Client;

namespace IntegrationHub.Infrastructure.Schools;

/// <summary>
/// A school's broker objects. The inbound exchange is a durable fanout bound to the intake queue. The feedback
/// queue is declared exactly as MassTransit declares the send endpoint queue:school.BRIN.feedback (a durable
/// fanout exchange of the same name bound to a durable, non-exclusive, non-auto-delete queue without
/// arguments), so the hub's bus can send there without PRECONDITION_FAILED and the school can read before the
/// first answer was sent.
/// </summary>
public static class SchoolTopology
{
    public static async Task DeclareAsync(IChannel channel, string brin, CancellationToken cancellationToken)
    {
        await IntakeQueueTopology.DeclareAsync(channel, cancellationToken);

        var inbound = Topology.InboundExchange(brin);
        await channel.ExchangeDeclareAsync(inbound, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(Topology.IntakeQueue, inbound, string.Empty, cancellationToken: cancellationToken);

        var feedback = Topology.FeedbackQueue(brin);
        await channel.ExchangeDeclareAsync(feedback, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(feedback, durable: true, exclusive: false, autoDelete: false, arguments: null, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(feedback, feedback, string.Empty, cancellationToken: cancellationToken);
    }
}
