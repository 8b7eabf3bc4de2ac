using System.Collections.Concurrent;
using System.Threading.Channels;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Cli.Bench;
using RabbitMQ.Client;

namespace IntegrationHub.Faults.Tests.Support;

/// <summary>
/// Publishes a feed as each school's own LVS user, as a careful LVS does while the broker may go away: persistent
/// messages with publisher confirms, in batches per school, and a batch whose confirms did not all arrive (the
/// connection dropped, a nack, no answer within the timeout) is published again, same message ids, once the client's
/// automatic recovery reconnected. So every message is published AT LEAST once; the hub must store it exactly once.
/// </summary>
public sealed class ResilientPublisher : IAsyncDisposable
{
    private const int Batch = 64;
    private static readonly TimeSpan ConfirmTimeout = TimeSpan.FromSeconds(20);

    private readonly Dictionary<string, (IConnection Connection, IChannel Channel, string User)> _schools = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, int> _confirmed = new();
    private long _republished;

    /// <summary>Message ids the broker confirmed at least once.</summary>
    public IReadOnlyCollection<Guid> Confirmed => [.. _confirmed.Keys];

    /// <summary>Messages published again after a failed or unconfirmed batch (they reach the hub twice or more).</summary>
    public long Republished => Interlocked.Read(ref _republished);

    public async Task ConnectAsync(string virtualHost, string brin, string user, string password)
    {
        var connection = await SchoolBrokerConnection.OpenAsync(virtualHost, user, password, "faults-lvs-" + brin);
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        _schools[brin] = (connection, channel, user);
    }

    /// <summary>
    /// Publishes <paramref name="messages"/> at about <paramref name="rate"/> events/s (feed order per school, the schools
    /// side by side) and returns once every one was confirmed.
    /// </summary>
    public async Task PublishAsync(IReadOnlyList<BenchMessage> messages, double rate, CancellationToken cancellationToken)
    {
        var queues = _schools.Keys.ToDictionary(b => b, _ => Channel.CreateBounded<BenchMessage>(Batch * 2), StringComparer.Ordinal);
        var senders = _schools.Select(s => SendAsync(s.Key, s.Value.Channel, s.Value.User, queues[s.Key].Reader, cancellationToken)).ToList();
        var pacer = new Pacer(rate);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < messages.Count; i++)
        {
            var wait = pacer.Wait(i, clock.Elapsed);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            await queues[messages[i].Brin].Writer.WriteAsync(messages[i], cancellationToken);
        }

        foreach (var queue in queues.Values)
        {
            queue.Writer.Complete();
        }

        await Task.WhenAll(senders);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (connection, channel, _) in _schools.Values)
        {
            await channel.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    private async Task SendAsync(string brin, IChannel channel, string user, ChannelReader<BenchMessage> reader, CancellationToken cancellationToken)
    {
        var batch = new List<BenchMessage>(Batch);
        while (await reader.WaitToReadAsync(cancellationToken))
        {
            batch.Clear();
            while (batch.Count < Batch && reader.TryRead(out var message))
            {
                batch.Add(message);
            }

            for (var attempt = 1; ; attempt++)
            {
                if (attempt > 1)
                {
                    Interlocked.Add(ref _republished, batch.Count);
                }

                if (await TryPublishAsync(brin, channel, user, batch, cancellationToken))
                {
                    break;
                }

                if (attempt >= 300)
                {
                    throw new InvalidOperationException($"School {brin}: a batch was not confirmed after {attempt} attempts.");
                }

                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }

            foreach (var message in batch)
            {
                _confirmed.AddOrUpdate(message.MessageId, 1, (_, n) => n + 1);
            }
        }
    }

    private static async Task<bool> TryPublishAsync(string brin, IChannel channel, string user, List<BenchMessage> batch, CancellationToken cancellationToken)
    {
        var sends = new List<Task>(batch.Count);
        try
        {
            foreach (var message in batch)
            {
                var properties = new BasicProperties
                {
                    Type = message.MessageType,
                    ContentType = "application/json",
                    UserId = user,
                    Persistent = true,
                    MessageId = message.MessageId.ToString(),
                };
                sends.Add(channel.BasicPublishAsync(Topology.InboundExchange(brin), string.Empty, mandatory: false, properties, message.Body, cancellationToken).AsTask());
            }

            await Task.WhenAll(sends).WaitAsync(ConfirmTimeout, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Observe every send's fault so none is left unobserved; the batch goes again.
            foreach (var send in sends)
            {
                _ = send.ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
            }

            return false;
        }
    }
}
