using System.Text.RegularExpressions;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;

namespace IntegrationHub.Infrastructure.Partners;

/// <summary>
/// The RabbitMQ permissions of a partner organisation's user: declare nothing, write only its own inbound exchange
/// (partner.ID.in), read only its own queue (leerplicht.ID, rmc.ID or jgz.ID).
/// </summary>
public static class PartnerPermissions
{
    public const string Configure = "^$";

    public static string Write(string organisationId) => Exactly(Topology.PartnerInboundExchange(organisationId));

    public static string Read(PartnerKind kind, string organisationId) => Exactly(Topology.PartnerQueue(kind, organisationId));

    private static string Exactly(string name) => "^" + Regex.Escape(name) + "$";
}
