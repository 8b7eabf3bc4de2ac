using IntegrationHub.Application.Messaging;
using RabbitMQ.Client;

namespace IntegrationHub.Infrastructure.Partners;

/// <summary>
/// The partner intake queue (hub.partner-intake), where every partner's inbound exchange delivers: a durable quorum
/// queue, like the schools' intake queue. Whoever declares it (this provisioning, the partner gateway) must use these
/// same arguments, or the broker refuses the second declaration (PRECONDITION_FAILED).
/// </summary>
public static class PartnerIntakeQueueTopology
{
    private static readonly Dictionary<string, object?> Arguments = new() { ["x-queue-type"] = "quorum" };

    public static Task DeclareAsync(IChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return channel.QueueDeclareAsync(Topology.PartnerIntakeQueue, durable: true, exclusive: false, autoDelete: false, arguments: Arguments, cancellationToken: cancellationToken);
    }
}
