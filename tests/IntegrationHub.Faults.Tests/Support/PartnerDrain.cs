using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Partners;
using IntegrationHub.Testing;
using IntegrationHub.Worker.Tests.Support;
using RabbitMQ.Client;

namespace IntegrationHub.Faults.Tests.Support;

/// <summary>Everything the partners received so far, by envelope message id (counted per delivery), read from their queues.</summary>
public sealed class PartnerDrain(string virtualHost)
{
    private readonly Dictionary<Guid, int> _received = [];

    public IReadOnlyDictionary<Guid, int> Received => _received;

    /// <summary>Destinations the outbox sent to that have no queue (their messages reached no partner).</summary>
    public ISet<string> MissingQueues { get; } = new SortedSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Declares the queue of every organisation in the shipped directory (infra/directory/organisations.csv) as
    /// <c>hub org add</c> does, before the stream, so every partner message has a queue to land in.
    /// </summary>
    public async Task DeclareAsync()
    {
        await using var connection = await Factory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var csv = Path.Combine(ContractsPackage.RepositoryRoot, "infra", "directory", "organisations.csv");
        foreach (var line in File.ReadLines(csv).Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split(',', 3);
            var kind = Enum.Parse<PartnerKind>(fields[1], ignoreCase: true);
            await PartnerTopology.DeclareAsync(channel, kind, fields[0], CancellationToken.None);
        }
    }

    /// <summary>Reads each queue (destinations as the outbox names them, "queue:leerplicht.lp-groningen") until it is empty.</summary>
    public async Task DrainAsync(IEnumerable<string> destinations)
    {
        await using var connection = await Factory().CreateConnectionAsync();
        foreach (var queue in destinations.Select(d => d.StartsWith("queue:", StringComparison.Ordinal) ? d["queue:".Length..] : d).Distinct(StringComparer.Ordinal))
        {
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                while (await channel.BasicGetAsync(queue, autoAck: true) is { } result)
                {
                    var id = FeedbackMessage.Parse(result.Body).EnvelopeMessageId;
                    _received[id] = _received.GetValueOrDefault(id) + 1;
                }
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
            {
                MissingQueues.Add(queue);
            }
        }
    }

    private ConnectionFactory Factory() => new()
    {
        HostName = TestEnvironment.MqHost,
        Port = TestEnvironment.MqPort,
        VirtualHost = virtualHost,
        UserName = TestEnvironment.MqUser,
        Password = TestEnvironment.MqPassword,
        ClientProvidedName = "faults-partners",
    };
}
