using IntegrationHub.Application.Routing;

namespace IntegrationHub.Infrastructure.Partners;

/// <summary>What it takes to connect a partner organisation to the hub.</summary>
/// <param name="Kind">leerplicht, rmc or jgz.</param>
/// <param name="OrganisationId">Lowercase slug; for an RMC region its code in lower case (mc19).</param>
/// <param name="Name">The organisation's name, for operators.</param>
/// <param name="Provenance">Where the row comes from (who asked for it, on what basis).</param>
/// <param name="AmqpPassword">The password for its RabbitMQ user. Null: keep the existing one, or generate one when
/// the user does not exist yet.</param>
public sealed record PartnerRegistration(PartnerKind Kind, string OrganisationId, string Name, string Provenance, string? AmqpPassword = null);
