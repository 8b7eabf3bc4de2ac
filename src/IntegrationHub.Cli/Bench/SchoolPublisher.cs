using System.Security.Cryptography;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Schools;
using RabbitMQ.Client;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// Connects each bench school as its own LVS user (provisioned through <see cref="SchoolProvisioner"/> with a complete
/// melder, as the demo does) and publishes the feed to the school's inbound exchange with publisher confirms: each
/// school in feed order, the schools side by side, up to <see cref="Window"/> unconfirmed messages per school.
/// </summary>
internal sealed class SchoolPublisher(SchoolProvisioner provisioner, RabbitMqOptions rabbit) : IAsyncDisposable
{
    public const int Window = 256;

    private static readonly Melder BenchMelder = new()
    {
        Naam = "B. Enchmark",
        Functie = "verzuimcoördinator",
        Telefoon = "0301234567",
        Email = "verzuim@bench.school.example",
        DoorSchoolOndernomenActie = "Gesprek met leerling en ouders; afspraken vastgelegd in het leerlingdossier.",
        ActieGemeenteGewenst = true,
    };

    private readonly List<(BenchSchool School, IConnection Connection, IChannel Channel, SchoolCredentials Credentials)> _connections = [];

    /// <summary>Provisions every school and opens its LVS connection with a confirming channel; before the clock starts.</summary>
    public async Task ConnectAsync(IReadOnlyList<BenchSchool> schools, CancellationToken cancellationToken)
    {
        foreach (var school in schools)
        {
            var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
            var credentials = await provisioner.ProvisionAsync(new SchoolRegistration(school.Brin, school.Name, school.Region, password, BenchMelder), cancellationToken);
            var factory = new ConnectionFactory
            {
                HostName = rabbit.Host,
                Port = rabbit.Port,
                VirtualHost = rabbit.VirtualHost,
                UserName = credentials.AmqpUsername,
                Password = password,
                ClientProvidedName = $"bench-lvs-{school.Brin}",
            };
            var connection = await factory.CreateConnectionAsync(cancellationToken);
            var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
            _connections.Add((school, connection, channel, credentials));
        }
    }

    /// <summary>Publishes every message of the connected schools; returns when each was confirmed, with the time each publish began (UTC).</summary>
    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> PublishAsync(BenchFeed feed, Action<int> confirmed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var bySchool = feed.Messages.ToLookup(m => m.Brin, StringComparer.Ordinal);
        var sent = await Task.WhenAll(_connections.Select(c => PublishSchoolAsync(c.Channel, c.Credentials, bySchool[c.School.Brin].ToList(), confirmed, cancellationToken)));
        return sent.SelectMany(s => s).ToDictionary(p => p.Key, p => p.Value);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, connection, channel, _) in _connections)
        {
            await channel.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    private static async Task<Dictionary<Guid, DateTimeOffset>> PublishSchoolAsync(IChannel channel, SchoolCredentials credentials, List<BenchMessage> messages, Action<int> confirmed, CancellationToken cancellationToken)
    {
        var publishedAt = new Dictionary<Guid, DateTimeOffset>(messages.Count);
        var pending = new Queue<Task>();
        var exchange = Topology.InboundExchange(credentials.Brin);
        foreach (var message in messages)
        {
            if (pending.Count >= Window)
            {
                await pending.Dequeue();
                confirmed(1);
            }

            var properties = new BasicProperties
            {
                Type = message.MessageType,
                ContentType = "application/json",
                UserId = credentials.AmqpUsername,
                Persistent = true,
                MessageId = message.MessageId.ToString(),
            };
            publishedAt[message.MessageId] = DateTimeOffset.UtcNow;
            pending.Enqueue(channel.BasicPublishAsync(exchange, string.Empty, mandatory: true, properties, message.Body, cancellationToken).AsTask());
        }

        while (pending.Count > 0)
        {
            await pending.Dequeue();
            confirmed(1);
        }

        return publishedAt;
    }
}
