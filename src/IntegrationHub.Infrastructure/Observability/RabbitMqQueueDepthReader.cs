using System.Net.Http.Json;
using System.Text.Json.Serialization;
using IntegrationHub.Infrastructure.Gateways;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Observability;

/// <summary>
/// Reads the depth of every queue in the hub's virtual host from RabbitMQ's management API (GET /api/queues/{vhost}),
/// signed in as the worker's own broker user: the "monitoring" tag is enough, no administrator.
/// </summary>
public sealed class RabbitMqQueueDepthReader(HttpClient http, IOptions<RabbitMqOptions> options)
{
    public const string HttpClientName = "rabbitmq-queue-depth";

    public async Task<IReadOnlyList<QueueDepth>> ReadAsync(CancellationToken cancellationToken)
    {
        var vhost = Uri.EscapeDataString(options.Value.VirtualHost);
        var uri = new Uri($"api/queues/{vhost}?columns=name,messages_ready,messages_unacknowledged", UriKind.Relative);
        var queues = await http.GetFromJsonAsync<List<QueueRow>>(uri, cancellationToken) ?? [];
        return [.. queues.Select(q => new QueueDepth(q.Name, q.MessagesReady ?? 0, q.MessagesUnacknowledged ?? 0)).OrderBy(q => q.Queue, StringComparer.Ordinal)];
    }

    private sealed record QueueRow(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("messages_ready")] long? MessagesReady,
        [property: JsonPropertyName("messages_unacknowledged")] long? MessagesUnacknowledged);
}
