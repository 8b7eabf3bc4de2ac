using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Infrastructure.Gateways;

namespace IntegrationHub.Cli.Bench;

/// <summary>
/// The RabbitMQ management API as <c>hub bench</c> uses it, signed in as the operator account (RabbitMq:Operator): a
/// fresh vhost with the hub user's permissions (as infra/demo.sh makes one), and the depth of the hub's own queues (the
/// schools' feedback queues are left out: no LVS reads them during a benchmark).
/// </summary>
internal sealed class BrokerManagement(RabbitMqOptions rabbit) : IDisposable
{
    private readonly HttpClient _http = Create(rabbit);

    public async Task RecreateVirtualHostAsync(string vhost, CancellationToken cancellationToken)
    {
        var name = Uri.EscapeDataString(vhost);
        using (await _http.DeleteAsync(new Uri($"api/vhosts/{name}", UriKind.Relative), cancellationToken))
        {
            // 404 when it did not exist yet.
        }

        using var created = await _http.PutAsync(new Uri($"api/vhosts/{name}", UriKind.Relative), null, cancellationToken);
        created.EnsureSuccessStatusCode();
        using var body = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        using var permitted = await _http.PutAsync(new Uri($"api/permissions/{name}/{Uri.EscapeDataString(rabbit.Username)}", UriKind.Relative), body, cancellationToken);
        permitted.EnsureSuccessStatusCode();
    }

    /// <summary>Messages ready or unacknowledged in the vhost's queues, leaving out the schools' feedback queues.</summary>
    public async Task<long> QueueDepthAsync(string vhost, CancellationToken cancellationToken)
    {
        var queues = await _http.GetFromJsonAsync<JsonElement>(new Uri($"api/queues/{Uri.EscapeDataString(vhost)}?columns=name,messages", UriKind.Relative), cancellationToken);
        long depth = 0;
        foreach (var queue in queues.EnumerateArray())
        {
            var name = queue.GetProperty("name").GetString() ?? string.Empty;
            if (!name.EndsWith(".feedback", StringComparison.Ordinal) && queue.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Number)
            {
                depth += messages.GetInt64();
            }
        }

        return depth;
    }

    public void Dispose() => _http.Dispose();

    private static HttpClient Create(RabbitMqOptions rabbit)
    {
        var (user, password) = rabbit.Operator.Require();
        var http = new HttpClient { BaseAddress = rabbit.ManagementUri, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return http;
    }
}
