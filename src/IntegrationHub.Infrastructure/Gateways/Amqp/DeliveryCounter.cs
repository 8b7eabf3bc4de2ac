using System.Collections.Concurrent;
using System.Security.Cryptography;
using RabbitMQ.Client;

namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>
/// How often a delivery has been delivered, this time included: the quorum queue's x-delivery-count (returns so far,
/// kept by the broker across restarts of this process), or, on a classic queue that has no such header, this process's
/// own count of the times it returned the same body from the same exchange. The larger of the two wins.
/// </summary>
internal sealed class DeliveryCounter
{
    private const string DeliveryCountHeader = "x-delivery-count";
    private const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<string, int> _returned = new(StringComparer.Ordinal);

    public int Deliveries(string exchange, IReadOnlyBasicProperties properties, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var fromBroker = properties.Headers?.TryGetValue(DeliveryCountHeader, out var value) == true && value is not null
            ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;
        // Nothing returned (the usual case): no need to hash the body.
        var fromProcess = !_returned.IsEmpty && _returned.TryGetValue(Key(exchange, body), out var count) ? count : 0;
        return Math.Max(fromBroker, fromProcess) + 1;
    }

    /// <summary>The delivery goes back to the queue: count it.</summary>
    public void Returned(string exchange, ReadOnlySpan<byte> body)
    {
        if (_returned.Count >= MaxTracked)
        {
            _returned.Clear();
        }

        _returned.AddOrUpdate(Key(exchange, body), 1, (_, count) => count + 1);
    }

    /// <summary>The delivery is settled for good (recorded, or handled as poison): forget it.</summary>
    public void Settled(string exchange, ReadOnlySpan<byte> body)
    {
        if (!_returned.IsEmpty)
        {
            _returned.TryRemove(Key(exchange, body), out _);
        }
    }

    private static string Key(string exchange, ReadOnlySpan<byte> body) => exchange + ":" + Convert.ToHexString(SHA256.HashData(body));
}
