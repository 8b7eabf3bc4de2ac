using IntegrationHub.Application.Intake;
using RabbitMQ.Client;

namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>
/// A delivery taken from the intake queue, waiting for its batch: its tag (to acknowledge it), its submission, how often
/// it has been delivered (this time included) and what a copy to the error queue needs (exchange, properties).
/// </summary>
internal sealed record PendingDelivery(ulong DeliveryTag, InboundSubmission Submission, int Deliveries, string Exchange, IReadOnlyBasicProperties Properties);
