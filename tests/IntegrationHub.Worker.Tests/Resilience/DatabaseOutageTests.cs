using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Testing;
using IntegrationHub.Worker.Tests.Support;
using Npgsql;

namespace IntegrationHub.Worker.Tests.Resilience;

/// <summary>While PostgreSQL refuses the hub, a delivery stays on the intake queue; once it is back, it is stored.</summary>
public sealed class DatabaseOutageTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task Should_keep_the_message_on_the_queue_and_store_it_later_when_the_database_is_down()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        var message = TestMessages.Attendance(school.Brin, pupil: 21, lesson: 1);

        try
        {
            await SetConnectionsAllowedAsync(false);
            await lvs.PublishAsync(TestMessages.ToJson(message));
            await Task.Delay(TimeSpan.FromSeconds(5));
            Assert.Equal(1, await IntakeQueueDepthAsync());
            Assert.Contains(hub.Worker.OutputLines, line => line.Contains("goes back to the queue", StringComparison.Ordinal));
        }
        finally
        {
            await SetConnectionsAllowedAsync(true);
            hub.DataSource.Clear();
        }

        var feedback = Assert.Single(await lvs.ReadFeedbackAsync(1, TimeSpan.FromSeconds(60)));
        Assert.True(feedback.IsAccepted, feedback.MessageType);
        Assert.Equal(1, await hub.DataSource.LedgerRowsAsync(message.Envelope.MessageId));
    }

    [Fact]
    public async Task Should_answer_503_problem_json_with_retry_after_when_the_database_is_down()
    {
        var school = await hub.ProvisionSchoolAsync();
        var batch = $"{{\"items\":[{{\"messageType\":\"AttendanceRegistered\",\"message\":{TestMessages.ToJsonString(TestMessages.Attendance(school.Brin, pupil: 22, lesson: 1))}}}]}}";
        using var http = new HttpClient { BaseAddress = hub.Worker.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", school.HttpApiKey);

        HttpResponseMessage response;
        try
        {
            await SetConnectionsAllowedAsync(false);
            response = await http.PostAsync(new Uri("v1/submissions", UriKind.Relative), new StringContent(batch, System.Text.Encoding.UTF8, "application/json"));
        }
        finally
        {
            await SetConnectionsAllowedAsync(true);
            hub.DataSource.Clear();
        }

        using (response)
        {
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(response.Headers.RetryAfter);
        }
    }

    private async Task SetConnectionsAllowedAsync(bool allowed)
    {
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(hub.Database.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        await using (var alter = new NpgsqlCommand($"ALTER DATABASE {hub.Database.Name} ALLOW_CONNECTIONS {(allowed ? "true" : "false")}", admin))
        {
            await alter.ExecuteNonQueryAsync();
        }

        if (!allowed)
        {
            // Client backends only: an autovacuum worker on the database advertises no role, and PostgreSQL refuses a
            // non-superuser's signal to it ("must be a superuser to terminate superuser process").
            await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid() AND backend_type = 'client backend'", admin);
            terminate.Parameters.AddWithValue("name", hub.Database.Name);
            await terminate.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Ready plus unacknowledged messages on the intake queue, as the management API reports them.</summary>
    private async Task<int> IntakeQueueDepthAsync()
    {
        using var management = TestVirtualHost.CreateManagementClient();
        var path = $"api/queues/{Uri.EscapeDataString(hub.VirtualHost.Name)}/{Uri.EscapeDataString(Topology.IntakeQueue)}";
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var queue = await management.GetFromJsonAsync<JsonElement>(path);
            if (queue.TryGetProperty("messages", out var messages) && messages.GetInt32() > 0)
            {
                return messages.GetInt32();
            }

            await Task.Delay(200);
        }

        return 0;
    }
}
