using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Polly;
using Polly.Retry;

namespace IntegrationHub.Testing;

/// <summary>
/// A fresh RabbitMQ virtual host on the real broker, deleted on dispose. Each test class gets its own, so tests
/// running in parallel never see each other's queues. Created with the operator account (an administrator), which
/// grants the worker's user (<see cref="TestEnvironment.MqUser"/>, no administrator) and itself full rights on it:
/// the hubs under test run as the worker's user, exactly as on a server set up by infra/up.sh.
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

    /// <summary>amqp://user:password@host:port/vhost for the worker's user (rights on this vhost, no administrator).</summary>
    public Uri AmqpUri => new($"amqp://{TestEnvironment.MqUser}:{TestEnvironment.MqPassword}@{TestEnvironment.MqHost}:{TestEnvironment.MqPort}/{Uri.EscapeDataString(Name)}");

    /// <summary>The management API base address, e.g. http://localhost:15672/.</summary>
    public static Uri ManagementUri => new($"http://{TestEnvironment.MqHost}:{TestEnvironment.MqManagementPort}/");

    public static async Task<TestVirtualHost> CreateAsync()
    {
        var name = "hub-test-" + Guid.NewGuid().ToString("N")[..12];
        var client = CreateManagementClient();
        var vhost = Uri.EscapeDataString(name);
        await PutAsync(client, $"api/vhosts/{vhost}", new { });
        foreach (var user in new[] { TestEnvironment.MqUser, TestEnvironment.MqOperatorUser }.Distinct(StringComparer.Ordinal))
        {
            await PutAsync(client, $"api/permissions/{vhost}/{Uri.EscapeDataString(user)}", new { configure = ".*", write = ".*", read = ".*" });
        }

        return new TestVirtualHost(name, client);
    }

    /// <summary>
    /// The management API's PUTs are idempotent, and on a machine busy with parallel test projects the broker now and
    /// then drops a connection mid-answer (seen in CI: "The response ended prematurely"): try again, a few times.
    /// </summary>
    private static readonly ResiliencePipeline ManagementRetry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>(e => e.StatusCode is null || (int)e.StatusCode >= 500),
            MaxRetryAttempts = 5,
            Delay = TimeSpan.FromSeconds(1),
            BackoffType = DelayBackoffType.Exponential,
        })
        .Build();

    private static async Task PutAsync(HttpClient client, string path, object body) =>
        await ManagementRetry.ExecuteAsync(async token =>
        {
            using var response = await client.PutAsync(path, JsonContent.Create(body), token);
            response.EnsureSuccessStatusCode();
        });

    /// <summary>The management API signed in as the operator account (creates vhosts, users and permissions).</summary>
    public static HttpClient CreateManagementClient() => CreateManagementClient(TestEnvironment.MqOperatorUser, TestEnvironment.MqOperatorPassword);

    /// <summary>The management API signed in as the given user, e.g. to show what a user may not do.</summary>
    public static HttpClient CreateManagementClient(string user, string password)
    {
        var client = new HttpClient { BaseAddress = ManagementUri };
        var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _management.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(Name)}");
        _management.Dispose();
    }
}
