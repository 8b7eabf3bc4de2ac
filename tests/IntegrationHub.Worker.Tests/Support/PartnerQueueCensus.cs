using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Partners;
using IntegrationHub.Testing;
using RabbitMQ.Client;

namespace IntegrationHub.Worker.Tests.Support;

/// <summary>
/// Every partner queue of one vhost (leerplicht.*, rmc.*, jgz.*) and how many messages wait in it, counted exactly (a
/// passive declare, not the management API's sampled statistics). Declaring the directory's organisations first makes
/// sure a misrouted message lands in a queue the census sees rather than being dropped unroutable.
/// </summary>
public static class PartnerQueueCensus
{
    private static readonly string[] Prefixes = ["leerplicht.", "rmc.", "jgz."];

    /// <summary>Declares each organisation's queue as `hub org add` does.</summary>
    public static async Task DeclareAsync(string virtualHost, IEnumerable<(PartnerKind Kind, string OrganisationId)> organisations)
    {
        await using var connection = await Factory(virtualHost).CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var (kind, organisationId) in organisations)
        {
            await PartnerTopology.DeclareAsync(channel, kind, organisationId, CancellationToken.None);
        }
    }

    /// <summary>Queue name -> messages waiting, for every partner queue in the vhost.</summary>
    public static async Task<IReadOnlyDictionary<string, uint>> CountAsync(string virtualHost)
    {
        using var management = TestVirtualHost.CreateManagementClient();
        var queues = await management.GetFromJsonAsync<JsonElement>(new Uri($"api/queues/{Uri.EscapeDataString(virtualHost)}?columns=name", UriKind.Relative));
        var names = queues.EnumerateArray().Select(q => q.GetProperty("name").GetString()!)
            .Where(n => Prefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal)))
            .ToList();
        await using var connection = await Factory(virtualHost).CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var counts = new Dictionary<string, uint>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            counts[name] = (await channel.QueueDeclarePassiveAsync(name)).MessageCount;
        }

        return counts;
    }

    private static ConnectionFactory Factory(string virtualHost) => new()
    {
        HostName = TestEnvironment.MqHost,
        Port = TestEnvironment.MqPort,
        VirtualHost = virtualHost,
        UserName = TestEnvironment.MqUser,
        Password = TestEnvironment.MqPassword,
        ClientProvidedName = "worker-tests-census",
    };
}
