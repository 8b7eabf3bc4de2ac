using System.Text.RegularExpressions;
using IntegrationHub.Application.Messaging;

namespace IntegrationHub.Infrastructure.Schools;

/// <summary>The RabbitMQ permissions of a school's user: declare nothing, write its exchange, read its feedback queue.</summary>
public static class SchoolPermissions
{
    public const string Configure = "^$";

    public static string Write(string brin) => Exactly(Topology.InboundExchange(brin));

    public static string Read(string brin) => Exactly(Topology.FeedbackQueue(brin));

    private static string Exactly(string name) => "^" + Regex.Escape(name) + "$";
}
