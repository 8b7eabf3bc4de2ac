using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Testing;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Resilience;

/// <summary>The broker closes the AMQP gateway's connection; the gateway reconnects and consumes again.</summary>
public sealed class BrokerConnectionTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const string GatewayConnectionName = "integrationhub-amqp-gateway";

    [Fact]
    public async Task Should_consume_again_when_the_broker_closed_the_gateways_connection()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        using var management = TestVirtualHost.CreateManagementClient();

        var closed = await CloseGatewayConnectionAsync(management);
        var message = TestMessages.Attendance(school.Brin, pupil: 31, lesson: 1);
        await lvs.PublishAsync(TestMessages.ToJson(message));
        var feedback = Assert.Single(await lvs.ReadFeedbackAsync(1, TimeSpan.FromSeconds(60)));

        Assert.True(closed);
        Assert.True(feedback.IsAccepted, feedback.MessageType);
        Assert.Equal(1, await hub.DataSource.LedgerRowsAsync(message.Envelope.MessageId));
    }

    private async Task<bool> CloseGatewayConnectionAsync(HttpClient management)
    {
        var path = $"api/vhosts/{Uri.EscapeDataString(hub.VirtualHost.Name)}/connections";
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var connections = await management.GetFromJsonAsync<JsonElement>(path);
            var gateway = connections.EnumerateArray().FirstOrDefault(c =>
                c.TryGetProperty("client_properties", out var properties)
                && properties.TryGetProperty("connection_name", out var name)
                && name.GetString() == GatewayConnectionName);
            if (gateway.ValueKind == JsonValueKind.Object)
            {
                using var response = await management.DeleteAsync(new Uri($"api/connections/{Uri.EscapeDataString(gateway.GetProperty("name").GetString()!)}", UriKind.Relative));
                return response.IsSuccessStatusCode;
            }

            await Task.Delay(200);
        }

        return false;
    }
}
