using IntegrationHub.Application.Routing;

namespace IntegrationHub.Infrastructure.Partners;

/// <summary>
/// What a connected partner organisation needs. The password is only filled in when this call set it: the hub does not
/// keep it, so show it once and hand it over.
/// </summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Kind">leerplicht, rmc or jgz.</param>
/// <param name="AmqpUsername">Its RabbitMQ user (partner-ID).</param>
/// <param name="AmqpPassword">The password when this call set it; null when an existing one was kept.</param>
/// <param name="Queue">Where it reads what the hub sends it (leerplicht.ID, rmc.ID, jgz.ID).</param>
/// <param name="InboundExchange">Where it answers (partner.ID.in).</param>
public sealed record PartnerCredentials(string OrganisationId, PartnerKind Kind, string AmqpUsername, string? AmqpPassword, string Queue, string InboundExchange);
