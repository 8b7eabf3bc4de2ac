namespace IntegrationHub.Application.Intake;

/// <summary>
/// The one way in for an LVS message, whatever the transport (AMQP gateway, HTTP gateway). Parses, validates,
/// de-duplicates and records it, and queues the feedback to the school, all in one transaction.
/// Returns only once the outcome is durable: the caller may then acknowledge the delivery.
/// </summary>
public interface IIntakeService
{
    Task<SubmissionResult> SubmitAsync(InboundSubmission submission, CancellationToken cancellationToken);

    /// <summary>
    /// Does for every submission what <see cref="SubmitAsync"/> does, in order, in ONE transaction: one result per
    /// submission once all are durable, or an exception and none recorded (the caller may then submit them one by one).
    /// </summary>
    Task<IReadOnlyList<SubmissionResult>> SubmitBatchAsync(IReadOnlyList<InboundSubmission> submissions, CancellationToken cancellationToken);
}
