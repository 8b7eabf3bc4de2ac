using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using RabbitMQ.Client;

namespace IntegrationHub.Infrastructure.Partners;

/// <summary>
/// A partner organisation's broker objects. Its inbound exchange (partner.ID.in) is a durable fanout bound to the
/// partner intake queue. Its queue is declared exactly as MassTransit declares the send endpoint queue:QUEUE (a durable
/// fanout exchange of the same name bound to a durable, non-exclusive, non-auto-delete queue without arguments), so the
/// hub's outbox can send there without PRECONDITION_FAILED and the partner can read before the first message was sent.
/// </summary>
public static class PartnerTopology
{
    public static async Task DeclareAsync(IChannel channel, PartnerKind kind, string organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await PartnerIntakeQueueTopology.DeclareAsync(channel, cancellationToken);

        var inbound = Topology.PartnerInboundExchange(organisationId);
        await channel.ExchangeDeclareAsync(inbound, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(Topology.PartnerIntakeQueue, inbound, string.Empty, cancellationToken: cancellationToken);

        var queue = Topology.PartnerQueue(kind, organisationId);
        await channel.ExchangeDeclareAsync(queue, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: null, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(queue, queue, string.Empty, cancellationToken: cancellationToken);
    }
}
