using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>How hard the AMQP gateway reads the intake queue. Section "Gateways:Amqp".</summary>
public sealed class AmqpGatewayOptions : IValidatableObject
{
    public const string SectionName = "Gateways:Amqp";

    /// <summary>
    /// Unacknowledged deliveries the broker may push to this process. At least <see cref="BatchSize"/> ×
    /// <see cref="BatchConcurrency"/>, better more, so the next batches are waiting while one commits.
    /// </summary>
    [Range(1, 10_000)]
    public ushort PrefetchCount { get; set; } = 400;

    /// <summary>Most deliveries recorded in one database transaction (a batch takes what is waiting, up to this).</summary>
    [Range(1, 1_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>Batches recorded at the same time (each one is a database transaction).</summary>
    [Range(1, 64)]
    public int BatchConcurrency { get; set; } = 2;

    /// <summary>Attempts at the intake for one delivery, once its batch failed, before it is nacked back to the queue.</summary>
    [Range(1, 20)]
    public int SubmitAttempts { get; set; } = 4;

    /// <summary>
    /// Deliveries of one message that failed at the intake for a reason other than the database being away, after which
    /// it is poison: the school gets a rejection, the message goes to <see cref="IntakeQueueTopology.ErrorQueue"/> with
    /// the reason in its headers and into the failed-message store, and it is acknowledged, so it never loops.
    /// </summary>
    [Range(1, 100)]
    public int MaxDeliveries { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PrefetchCount < BatchSize * BatchConcurrency)
        {
            yield return new ValidationResult(
                $"PrefetchCount ({PrefetchCount}) must be at least BatchSize × BatchConcurrency ({BatchSize * BatchConcurrency}), or the batches cannot fill.",
                [nameof(PrefetchCount)]);
        }
    }
}
