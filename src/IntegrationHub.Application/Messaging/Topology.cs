namespace IntegrationHub.Application.Messaging;

/// <summary>
/// Names of the broker objects the hub and its partners share. One place, so that the gateways, the
/// outbox relay and the provisioning all agree.
/// </summary>
public static class Topology
{
    /// <summary>The queue the AMQP gateway reads; every school's inbound exchange is bound to it.</summary>
    public const string IntakeQueue = "hub.intake";

    /// <summary>Where a school's LVS publishes. Its RabbitMQ user may write here and nowhere else.</summary>
    public static string InboundExchange(string brin) => $"school.{brin}.in";

    /// <summary>The school's own feedback queue. Its RabbitMQ user may read here and nowhere else.</summary>
    public static string FeedbackQueue(string brin) => $"school.{brin}.feedback";

    /// <summary>The RabbitMQ user name of a school's LVS connection.</summary>
    public static string SchoolUser(string brin) => $"lvs-{brin}";

    /// <summary>The send address for MassTransit (declares exchange + queue of the same name).</summary>
    public static Uri FeedbackAddress(string brin) => new($"queue:{FeedbackQueue(brin)}");

    /// <summary>The queue a partner organisation reads: "leerplicht.&lt;org&gt;", "rmc.&lt;region&gt;" or "jgz.&lt;org&gt;".</summary>
    public static string PartnerQueue(Routing.PartnerOrganisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return PartnerQueue(organisation.Kind, organisation.OrganisationId);
    }

    public static string PartnerQueue(Routing.PartnerKind kind, string organisationId) => kind switch
    {
        Routing.PartnerKind.Leerplicht => $"leerplicht.{organisationId}",
        Routing.PartnerKind.Rmc => $"rmc.{organisationId}",
        _ => $"jgz.{organisationId}",
    };

    /// <summary>The send address of a partner's queue, for the outbox.</summary>
    public static Uri PartnerAddress(Routing.PartnerOrganisation organisation) => new($"queue:{PartnerQueue(organisation)}");

    /// <summary>Where a partner answers (a status, JGZ advice). Its broker user may write here and nowhere else.</summary>
    public static string PartnerInboundExchange(string organisationId) => $"partner.{organisationId}.in";

    /// <summary>The queue the partner gateway reads; every partner's inbound exchange is bound to it.</summary>
    public const string PartnerIntakeQueue = "hub.partner-intake";

    /// <summary>The RabbitMQ user name of a partner organisation.</summary>
    public static string PartnerUser(string organisationId) => $"partner-{organisationId}";
}
