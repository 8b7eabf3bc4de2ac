using System.Collections.Concurrent;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Worker.Tests.Support;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace IntegrationHub.Faults.Tests.Support;

/// <summary>
/// The school side of feedback, as an LVS should consume it: a consumer on each school's feedback queue (as the
/// school's own user, manual acks, automatic recovery) that APPLIES a message only the first time it sees its envelope
/// message id, and acks after recording it. It counts every delivery, so a redelivery after a broker restart (delivered
/// twice) shows as a duplicate delivery that was not applied twice.
/// </summary>
public sealed class FeedbackRecorder : IAsyncDisposable
{
    private readonly List<(IConnection Connection, IChannel Channel)> _consumers = [];
    private readonly ConcurrentDictionary<Guid, FeedbackMessage> _applied = new();
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();

    /// <summary>Feedback applied by envelope message id (each id once).</summary>
    public IReadOnlyDictionary<Guid, FeedbackMessage> Applied => _applied;

    /// <summary>How often each envelope message id was delivered.</summary>
    public IReadOnlyDictionary<Guid, int> Deliveries => _deliveries;

    /// <summary>Deliveries beyond the first of a message id (redeliveries the school did not apply again).</summary>
    public long DuplicateDeliveries => _deliveries.Values.Sum(n => n - 1L);

    public async Task StartAsync(string virtualHost, string brin, string user, string password)
    {
        var connection = await SchoolBrokerConnection.OpenAsync(virtualHost, user, password, "faults-lvs-feedback-" + brin);
        var channel = await connection.CreateChannelAsync();
        await channel.BasicQosAsync(0, 200, false);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var message = FeedbackMessage.Parse(delivery.Body);
            var id = message.EnvelopeMessageId;
            _deliveries.AddOrUpdate(id, 1, (_, n) => n + 1);
            _applied.TryAdd(id, message); // applied the first time only

            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await channel.BasicConsumeAsync(Topology.FeedbackQueue(brin), autoAck: false, consumer);
        _consumers.Add((connection, channel));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (connection, channel) in _consumers)
        {
            await channel.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
