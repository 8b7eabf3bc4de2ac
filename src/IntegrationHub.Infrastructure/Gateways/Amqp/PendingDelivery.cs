using IntegrationHub.Application.Intake;

namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>A delivery taken from the intake queue, waiting for its batch: its tag (to acknowledge it) and its submission.</summary>
internal sealed record PendingDelivery(ulong DeliveryTag, InboundSubmission Submission);
