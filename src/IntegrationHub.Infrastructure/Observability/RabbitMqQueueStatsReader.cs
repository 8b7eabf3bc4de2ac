using System.Net.Http.Json;
using System.Text.Json.Serialization;
using IntegrationHub.Application.Console.Beheer;
using IntegrationHub.Infrastructure.Gateways;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Observability;

/// <summary>
/// Every queue of the hub's virtual host with its depth and the broker's recent publish and deliver rates (RabbitMQ's
/// management API, GET /api/queues/{vhost}, as the configured broker user: the "monitoring" tag is enough).
/// </summary>
public sealed class RabbitMqQueueStatsReader(HttpClient http, IOptions<RabbitMqOptions> options)
{
    public async Task<IReadOnlyList<QueueStatus>> ReadAsync(CancellationToken cancellationToken)
    {
        var vhost = Uri.EscapeDataString(options.Value.VirtualHost);
        var uri = new Uri($"api/queues/{vhost}?columns=name,messages_ready,messages_unacknowledged,message_stats", UriKind.Relative);
        var queues = await http.GetFromJsonAsync<List<QueueRow>>(uri, cancellationToken) ?? [];
        return [.. queues
            .Select(q => new QueueStatus(q.Name, q.MessagesReady ?? 0, q.MessagesUnacknowledged ?? 0, q.Stats?.Publish?.Rate, q.Stats?.DeliverGet?.Rate))
            .OrderBy(q => q.Queue, StringComparer.Ordinal)];
    }

    private sealed record QueueRow(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("messages_ready")] long? MessagesReady,
        [property: JsonPropertyName("messages_unacknowledged")] long? MessagesUnacknowledged,
        [property: JsonPropertyName("message_stats")] MessageStats? Stats);

    private sealed record MessageStats(
        [property: JsonPropertyName("publish_details")] RateDetails? Publish,
        [property: JsonPropertyName("deliver_get_details")] RateDetails? DeliverGet);

    private sealed record RateDetails([property: JsonPropertyName("rate")] double? Rate);
}
