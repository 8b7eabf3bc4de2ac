using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Infrastructure.Gateways.Partners;

/// <summary>How the partner gateway reads hub.partner-intake. Section "Gateways:Partners".</summary>
public sealed class PartnerGatewayOptions
{
    public const string SectionName = "Gateways:Partners";

    /// <summary>Unacknowledged deliveries the broker may push to this process.</summary>
    [Range(1, 1_000)]
    public ushort PrefetchCount { get; set; } = 16;

    /// <summary>Deliveries handled at the same time (1 keeps a partner's answers in the order they were published).</summary>
    [Range(1, 16)]
    public ushort Concurrency { get; set; } = 1;

    /// <summary>Attempts at one delivery before it goes back to the queue (database unavailable) or is kept as poison.</summary>
    [Range(1, 20)]
    public int Attempts { get; set; } = 4;

    /// <summary>
    /// Deliveries of one message (the quorum queue's x-delivery-count) after which a failure the database calls transient
    /// while it answers is no longer believed: the message is kept as poison instead of going round again.
    /// </summary>
    [Range(1, 1_000)]
    public int MaxDeliveries { get; set; } = 10;
}
