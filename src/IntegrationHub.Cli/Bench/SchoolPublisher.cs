using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Infrastructure.Gateways;
using IntegrationHub.Infrastructure.Schools;
using RabbitMQ.Client;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// Connects each bench school as its own LVS user (provisioned through <see cref="SchoolProvisioner"/> with a complete
/// melder, as the demo does) and publishes the feed to the school's inbound exchange with publisher confirms: each
/// school in feed order, the schools side by side, up to <see cref="Window"/> unconfirmed messages per school, at the
/// offered rate of a <see cref="Pacer"/>.
/// </summary>
internal sealed class SchoolPublisher(SchoolProvisioner provisioner, RabbitMqOptions rabbit, bool batchedAcceptance) : IAsyncDisposable
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
            var credentials = await provisioner.ProvisionAsync(new SchoolRegistration(school.Brin, school.Name, school.Region, password, BenchMelder, BatchedAcceptance: batchedAcceptance), cancellationToken);
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

    /// <summary>
    /// Publishes <paramref name="feed"/> as it is generated, paced by <paramref name="pacer"/> on <paramref name="clock"/>,
    /// until the feed ends or <paramref name="stopAfter"/> has passed; returns once every published message was
    /// confirmed. Each school's messages go out in feed order through a small queue of its own.
    /// </summary>
    public async Task<PublishOutcome> PublishAsync(IEnumerable<BenchMessage> feed, Pacer pacer, TimeSpan? stopAfter, Stopwatch clock, Action<int> confirmed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(pacer);
        ArgumentNullException.ThrowIfNull(clock);
        var queues = _connections.ToDictionary(c => c.School.Brin, _ => Channel.CreateBounded<BenchMessage>(new BoundedChannelOptions(Window) { SingleReader = true, SingleWriter = true }), StringComparer.Ordinal);
        var schools = _connections.Select(c => PublishSchoolAsync(c.Channel, c.Credentials, queues[c.School.Brin], confirmed, cancellationToken)).ToList();
        long published = 0;
        long bytes = 0;
        var behind = TimeSpan.Zero;
        try
        {
            foreach (var message in feed)
            {
                if (stopAfter is { } stop && (pacer.IsPaced ? pacer.DueAt(published) : clock.Elapsed) >= stop)
                {
                    break;
                }

                if (pacer.IsPaced)
                {
                    var wait = pacer.Wait(published, clock.Elapsed);
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, cancellationToken);
                    }

                    var late = clock.Elapsed - pacer.DueAt(published);
                    behind = late > behind ? late : behind;
                }

                await queues[message.Brin].Writer.WriteAsync(message, cancellationToken);
                published++;
                bytes += message.Body.Length;
            }
        }
        catch (ChannelClosedException)
        {
            // A school's publisher failed; its error comes out of the WhenAll below.
        }

        foreach (var queue in queues.Values)
        {
            queue.Writer.TryComplete();
        }

        var sent = await Task.WhenAll(schools);
        var publishedAt = new Dictionary<Guid, long>(sent.Sum(s => s.Count));
        foreach (var school in sent)
        {
            foreach (var (id, ticks) in school)
            {
                publishedAt[id] = ticks;
            }
        }

        return new PublishOutcome(published, published == 0 ? 0 : (int)(bytes / published), clock.Elapsed.TotalSeconds, behind.TotalMilliseconds, publishedAt);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, connection, channel, _) in _connections)
        {
            await channel.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    private static async Task<Dictionary<Guid, long>> PublishSchoolAsync(IChannel channel, SchoolCredentials credentials, Channel<BenchMessage> queue, Action<int> confirmed, CancellationToken cancellationToken)
    {
        try
        {
            var publishedAt = new Dictionary<Guid, long>();
            var pending = new Queue<Task>();
            var exchange = Topology.InboundExchange(credentials.Brin);
            await foreach (var message in queue.Reader.ReadAllAsync(cancellationToken))
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
                publishedAt[message.MessageId] = DateTime.UtcNow.Ticks;
                pending.Enqueue(channel.BasicPublishAsync(exchange, string.Empty, mandatory: true, properties, message.Body, cancellationToken).AsTask());
            }

            while (pending.Count > 0)
            {
                await pending.Dequeue();
                confirmed(1);
            }

            return publishedAt;
        }
        catch (Exception ex)
        {
            queue.Writer.TryComplete(ex); // stops the feed from waiting on this school
            throw;
        }
    }
}
