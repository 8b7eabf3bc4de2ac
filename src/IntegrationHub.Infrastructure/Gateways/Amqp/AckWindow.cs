namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>
/// Decides the acknowledgements of the intake channel, so that a batch of a hundred recorded deliveries costs the
/// broker and this process one basic.ack frame instead of a hundred (the profile's largest share of RabbitMQ's write
/// loop). Deliveries are registered in the order the broker delivered them. A recorded delivery is acknowledged only
/// once every delivery registered before it is settled as well; then one ack with multiple covers them all. A delivery
/// that goes back to the queue (or is refused) is answered on its own, and must be sent before any later multiple ack,
/// which then passes over it: a multiple ack covers only deliveries still outstanding on the broker.
/// So nothing is acknowledged before its batch committed, and a batch that finished early waits for the batches
/// before it (at most one batch's time with the gateway's two batch loops).
/// Not thread-safe: <see cref="DeliveryAcknowledger"/> calls it under one lock and sends what it says under that lock.
/// </summary>
internal sealed class AckWindow
{
    private readonly Queue<ulong> _registered = new();
    /// <summary>Settled deliveries not yet passed: true for a recorded one (to acknowledge), false for one answered alone.</summary>
    private readonly Dictionary<ulong, bool> _settled = [];
    private ulong _lastRegistered;

    /// <summary>Deliveries registered and not yet covered by an acknowledgement.</summary>
    public int Outstanding => _registered.Count;

    /// <summary>
    /// A delivery as it arrives; tags must come in delivery order (the consumer's dispatch is serial, and RabbitMQ.Client
    /// keeps tags rising across a recovered connection).
    /// </summary>
    public void Register(ulong deliveryTag)
    {
        if (deliveryTag <= _lastRegistered)
        {
            throw new InvalidOperationException($"Delivery tag {deliveryTag} registered after {_lastRegistered}: tags must come in delivery order.");
        }

        _registered.Enqueue(deliveryTag);
        _lastRegistered = deliveryTag;
    }

    /// <summary>
    /// Settles deliveries: the recorded ones are to be acknowledged, the others were answered on their own (nack).
    /// </summary>
    /// <returns>The tag to acknowledge with multiple, or null when the deliveries before these are not all settled yet.</returns>
    public ulong? Settle(IEnumerable<ulong> recorded, IEnumerable<ulong> answeredAlone)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(answeredAlone);
        foreach (var tag in recorded)
        {
            _settled[tag] = true;
        }

        foreach (var tag in answeredAlone)
        {
            _settled[tag] = false;
        }

        ulong? ackUpTo = null;
        while (_registered.TryPeek(out var first) && _settled.Remove(first, out var toAcknowledge))
        {
            _registered.Dequeue();
            if (toAcknowledge)
            {
                ackUpTo = first;
            }
        }

        return ackUpTo;
    }
}
