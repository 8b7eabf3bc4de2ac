using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Testing;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Messaging;

/// <summary>
/// The worker's topology on the real broker, read through the management API once it has consumed and answered a
/// message: every queue durable, no delayed-message exchange, and every channel the worker published on in confirm mode.
/// </summary>
public sealed class BrokerTopologyTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task Should_declare_only_durable_queues_and_publish_with_confirms_when_the_worker_has_answered_a_school()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        await lvs.PublishAsync(TestMessages.ToJson(TestMessages.Attendance(school.Brin, pupil: 1, lesson: 1)));
        Assert.Single(await lvs.ReadFeedbackAsync(1, TimeSpan.FromSeconds(30)));

        using var management = TestVirtualHost.CreateManagementClient();
        var vhost = Uri.EscapeDataString(hub.VirtualHost.Name);
        var queues = await management.GetFromJsonAsync<JsonElement>($"api/queues/{vhost}");
        Assert.NotEmpty(queues.EnumerateArray());
        Assert.All(queues.EnumerateArray(), q => Assert.True(q.GetProperty("durable").GetBoolean(), q.GetProperty("name").GetString()));
        var exchanges = await management.GetFromJsonAsync<JsonElement>($"api/exchanges/{vhost}");
        Assert.DoesNotContain(exchanges.EnumerateArray(), e => e.GetProperty("type").GetString() == "x-delayed-message");

        var publishing = await WorkerPublishingChannelsAsync(management, vhost);
        Assert.NotEmpty(publishing);
        Assert.All(publishing, c => Assert.True(InConfirmMode(c), c.GetProperty("name").GetString()));
    }

    /// <summary>
    /// A channel is in confirm mode when the management API says so, or when the broker has confirmed every message
    /// published on it: a broker only sends publisher confirms on a channel in confirm mode. The <c>confirm</c> flag
    /// itself is a statistics field that can lag behind the channel's real mode (seen once in CI: the flag false,
    /// three publishes and three confirms), or be missing from the record altogether (seen once in CI on a loaded
    /// machine: a channel with its statistics, two publishes and two confirms, but none of its own fields).
    /// </summary>
    private static bool InConfirmMode(JsonElement channel)
    {
        if (channel.TryGetProperty("confirm", out var flag) && flag.GetBoolean())
        {
            return true;
        }

        var stats = channel.GetProperty("message_stats");
        var published = stats.GetProperty("publish").GetInt64();
        return stats.TryGetProperty("confirm", out var confirmed) && confirmed.GetInt64() >= published;
    }

    /// <summary>The worker's channels (its user) that have published; the management statistics lag a few seconds.</summary>
    private static async Task<List<JsonElement>> WorkerPublishingChannelsAsync(HttpClient management, string vhost)
    {
        for (var i = 0; i < 60; i++)
        {
            var channels = await management.GetFromJsonAsync<JsonElement>($"api/vhosts/{vhost}/channels");
            var publishing = channels.EnumerateArray()
                .Where(c => c.GetProperty("user").GetString() == TestEnvironment.MqUser)
                .Where(c => c.TryGetProperty("message_stats", out var stats) && stats.TryGetProperty("publish", out var published) && published.GetInt64() > 0)
                .ToList();
            if (publishing.Count > 0)
            {
                return publishing;
            }

            await Task.Delay(500);
        }

        return [];
    }
}
