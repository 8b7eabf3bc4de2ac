using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace IntegrationHub.Testing;

/// <summary>
/// A fresh RabbitMQ virtual host on the real broker, with the hub user granted full rights, deleted on
/// dispose. Each test class gets its own, so tests running in parallel never see each other's queues.
/// </summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _management;

    private TestVirtualHost(string name, HttpClient management)
    {
        Name = name;
        _management = management;
    }

    public string Name { get; }

    /// <summary>amqp://user:password@host:port/vhost for the hub's own (administrator) user.</summary>
    public Uri AmqpUri => new($"amqp://{TestEnvironment.MqUser}:{TestEnvironment.MqPassword}@{TestEnvironment.MqHost}:{TestEnvironment.MqPort}/{Uri.EscapeDataString(Name)}");

    /// <summary>The management API base address, e.g. http://localhost:15672/.</summary>
    public static Uri ManagementUri => new($"http://{TestEnvironment.MqHost}:{TestEnvironment.MqManagementPort}/");

    public static async Task<TestVirtualHost> CreateAsync()
    {
        var name = "hub-test-" + Guid.NewGuid().ToString("N")[..12];
        var client = CreateManagementClient();
        var vhost = Uri.EscapeDataString(name);
        (await client.PutAsync($"api/vhosts/{vhost}", JsonContent.Create(new { }))).EnsureSuccessStatusCode();
        var permissions = JsonContent.Create(new { configure = ".*", write = ".*", read = ".*" });
        (await client.PutAsync($"api/permissions/{vhost}/{Uri.EscapeDataString(TestEnvironment.MqUser)}", permissions))
            .EnsureSuccessStatusCode();
        return new TestVirtualHost(name, client);
    }

    public static HttpClient CreateManagementClient()
    {
        var client = new HttpClient { BaseAddress = ManagementUri };
        var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestEnvironment.MqUser}:{TestEnvironment.MqPassword}"));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _management.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(Name)}");
        _management.Dispose();
    }
}
