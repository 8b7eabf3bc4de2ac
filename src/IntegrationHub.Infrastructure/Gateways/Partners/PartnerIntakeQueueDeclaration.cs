using IntegrationHub.Application.Messaging;
using RabbitMQ.Client;

namespace IntegrationHub.Infrastructure.Gateways.Partners;

/// <summary>
/// hub.partner-intake, where every partner's exchange partner.&lt;org&gt;.in delivers: a durable quorum queue (redeliveries
/// carry x-delivery-count). The partner provisioning (hub org add) declares it too, with exactly these arguments, or the
/// broker refuses the second declaration. No dead-letter exchange: what the gateway refuses is kept in partner_rejections.
/// </summary>
public static class PartnerIntakeQueueDeclaration
{
    private static readonly Dictionary<string, object?> Arguments = new() { ["x-queue-type"] = "quorum" };

    public static Task DeclareAsync(IChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return channel.QueueDeclareAsync(Topology.PartnerIntakeQueue, durable: true, exclusive: false, autoDelete: false, arguments: Arguments, cancellationToken: cancellationToken);
    }
}
