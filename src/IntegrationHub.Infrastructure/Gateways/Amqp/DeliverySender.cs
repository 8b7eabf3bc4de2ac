using IntegrationHub.Application.Intake;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Schools;

namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>
/// Who sent a delivery, as the broker proves it: the school exchange it came through (only that school's user
/// may write there) and, when present, the user_id property (the broker checks it against the connection's user).
/// </summary>
public static class DeliverySender
{
    private const string Prefix = "school.";
    private const string Suffix = ".in";

    /// <returns>The school, or null when the delivery did not come through a school exchange or the user does not match it.</returns>
    public static SchoolIdentity? Identify(string exchange, string? userId)
    {
        if (!exchange.StartsWith(Prefix, StringComparison.Ordinal) || !exchange.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var brin = exchange[Prefix.Length..^Suffix.Length];
        if (!Brin.IsValid(brin) || Topology.InboundExchange(brin) != exchange)
        {
            return null;
        }

        var schoolUser = Topology.SchoolUser(brin);
        if (userId is not null && userId != schoolUser)
        {
            return null;
        }

        return new SchoolIdentity(brin, schoolUser);
    }
}
