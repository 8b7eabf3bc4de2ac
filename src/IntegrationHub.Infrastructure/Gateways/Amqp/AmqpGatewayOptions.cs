using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>How hard the AMQP gateway reads the intake queue. Section "Gateways:Amqp".</summary>
public sealed class AmqpGatewayOptions
{
    public const string SectionName = "Gateways:Amqp";

    /// <summary>Unacknowledged deliveries the broker may push to this process.</summary>
    [Range(1, 10_000)]
    public ushort PrefetchCount { get; set; } = 64;

    /// <summary>Deliveries handled at the same time (each one is a database transaction).</summary>
    [Range(1, 256)]
    public ushort ConsumerConcurrency { get; set; } = 8;

    /// <summary>Attempts at the intake for one delivery before it is nacked back to the queue.</summary>
    [Range(1, 20)]
    public int SubmitAttempts { get; set; } = 4;
}
