using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Schools;
using IntegrationHub.Testing;
using IntegrationHub.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace IntegrationHub.Worker.Tests.Access;

/// <summary>
/// Who may do what on the real broker, with the users infra/mq-users.sh creates (throwaway names, see <see cref="AccessHub"/>)
/// and the schools' users the provisioning creates. The partner users' limits are proven in
/// IntegrationHub.Infrastructure.Tests (PartnerProvisionerTests); a school publishing to another school's exchange, an
/// envelope naming another BRIN (AMQP) and an HTTP key submitting for another school in AmqpGatewayTests and
/// SubmissionsApiTests.
/// </summary>
public sealed class BrokerAccessTests(AccessHub hub) : IClassFixture<AccessHub>
{
    private static readonly TimeSpan FeedbackTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Should_make_the_worker_user_a_monitoring_user_with_rights_on_the_hub_vhost_only_when_the_infra_script_ran()
    {
        using var management = TestVirtualHost.CreateManagementClient();

        var worker = await management.GetFromJsonAsync<JsonElement>($"api/users/{hub.WorkerUser}");
        var workerPermissions = await management.GetFromJsonAsync<JsonElement>($"api/users/{hub.WorkerUser}/permissions");
        var @operator = await management.GetFromJsonAsync<JsonElement>($"api/users/{hub.OperatorUser}");

        Assert.Equal(["monitoring"], Tags(worker));
        var permission = Assert.Single(workerPermissions.EnumerateArray());
        Assert.Equal(hub.VirtualHost, permission.GetProperty("vhost").GetString());
        Assert.Equal(["administrator"], Tags(@operator));
    }

    [Fact]
    public async Task Should_refuse_to_create_users_vhosts_or_permissions_when_signed_in_as_the_worker_user()
    {
        var intruder = "hub-access-intruder-" + Guid.NewGuid().ToString("N")[..8];
        var vhost = "hub-access-vhost-" + Guid.NewGuid().ToString("N")[..8];
        hub.Owns(intruder);
        using var asWorker = TestVirtualHost.CreateManagementClient(hub.WorkerUser, hub.WorkerPassword);
        using var asOperator = TestVirtualHost.CreateManagementClient(hub.OperatorUser, hub.OperatorPassword);

        using var user = await asWorker.PutAsJsonAsync($"api/users/{intruder}", new { password = "x", tags = "administrator" });
        using var host = await asWorker.PutAsJsonAsync($"api/vhosts/{vhost}", new { });
        using var grant = await asWorker.PutAsJsonAsync($"api/permissions/{hub.VirtualHost}/{hub.OperatorUser}", new { configure = "^$", write = "^$", read = "^$" });
        using var promote = await asWorker.PutAsJsonAsync($"api/users/{hub.WorkerUser}", new { password = hub.WorkerPassword, tags = "administrator" });
        using var queues = await asWorker.GetAsync(new Uri($"api/queues/{hub.VirtualHost}", UriKind.Relative));
        using var operatorMay = await asOperator.PutAsJsonAsync($"api/users/{intruder}", new { password = "x", tags = string.Empty });

        Assert.All(new[] { user, host, grant, promote }, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, queues.StatusCode);
        Assert.True(operatorMay.IsSuccessStatusCode, operatorMay.StatusCode.ToString());
        using var vhostAfter = await asOperator.GetAsync(new Uri($"api/vhosts/{vhost}", UriKind.Relative));
        if (vhostAfter.IsSuccessStatusCode)
        {
            using var _ = await asOperator.DeleteAsync(new Uri($"api/vhosts/{vhost}", UriKind.Relative));
        }

        Assert.Equal(HttpStatusCode.NotFound, vhostAfter.StatusCode);
        var workerAfter = await asOperator.GetFromJsonAsync<JsonElement>($"api/users/{hub.WorkerUser}");
        Assert.Equal(["monitoring"], Tags(workerAfter));
    }

    [Fact]
    public async Task Should_refuse_to_provision_a_school_when_no_operator_credential_or_only_the_worker_user_is_configured()
    {
        var brin = $"{Random.Shared.Next(10, 100)}Q{(char)('A' + Random.Shared.Next(26))}";
        hub.Owns(Topology.SchoolUser(brin));
        var registration = new SchoolRegistration(brin, "Zonder operator", SchoolRegion.Noord, "p-" + Guid.NewGuid().ToString("N"), HubFixture.TestMelder);
        await using var none = hub.Provisioning(null, null);
        await using var workerAsOperator = hub.Provisioning(hub.WorkerUser, hub.WorkerPassword);

        var missing = Assert.Throws<InvalidOperationException>(() => none.GetRequiredService<SchoolProvisioner>());
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() =>
            workerAsOperator.GetRequiredService<SchoolProvisioner>().ProvisionAsync(registration, CancellationToken.None));

        Assert.Contains("RabbitMq:Operator:Username", missing.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var management = TestVirtualHost.CreateManagementClient();
        using var user = await management.GetAsync(new Uri($"api/users/{Topology.SchoolUser(brin)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, user.StatusCode);
    }

    [Fact]
    public async Task Should_store_and_answer_a_schools_message_when_the_worker_runs_as_the_scripts_non_administrator_user()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        var message = TestMessages.Attendance(school.Brin, pupil: 1, lesson: 1);

        await lvs.PublishAsync(TestMessages.ToJson(message));
        var feedback = Assert.Single(await lvs.ReadFeedbackAsync(1, FeedbackTimeout));

        Assert.True(feedback.IsAccepted, feedback.MessageType);
        Assert.Equal(1, await hub.DataSource.LedgerRowsAsync(message.Envelope.MessageId));
    }

    [Fact]
    public async Task Should_refuse_access_when_a_school_reads_another_schools_feedback_queue_or_the_hubs_intake_queue()
    {
        var school = await hub.ProvisionSchoolAsync();
        var other = await hub.ProvisionSchoolAsync();
        await using var connection = await OpenAsync(school);

        var own = await ConsumeAsync(connection, school.FeedbackQueue);
        var otherFeedback = await Assert.ThrowsAsync<OperationInterruptedException>(() => ConsumeAsync(connection, other.FeedbackQueue));
        var otherGet = await Assert.ThrowsAsync<OperationInterruptedException>(() => GetAsync(connection, other.FeedbackQueue));
        var intake = await Assert.ThrowsAsync<OperationInterruptedException>(() => ConsumeAsync(connection, Topology.IntakeQueue));

        Assert.NotEmpty(own);
        Assert.All(new[] { otherFeedback, otherGet, intake }, e => Assert.Equal(403, e.ShutdownReason!.ReplyCode));
        Assert.All(new[] { otherFeedback, otherGet, intake }, e => Assert.Contains("ACCESS_REFUSED", e.ShutdownReason!.ReplyText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_refuse_access_when_a_school_declares_a_queue_or_binds_to_another_schools_exchange()
    {
        var school = await hub.ProvisionSchoolAsync();
        var other = await hub.ProvisionSchoolAsync();
        await using var connection = await OpenAsync(school);

        var declare = await Assert.ThrowsAsync<OperationInterruptedException>(async () =>
        {
            await using var channel = await connection.CreateChannelAsync();
            await channel.QueueDeclareAsync("school." + school.Brin + ".tap", durable: false, exclusive: false, autoDelete: true);
        });
        var tap = await Assert.ThrowsAsync<OperationInterruptedException>(async () =>
        {
            await using var channel = await connection.CreateChannelAsync();
            await channel.QueueBindAsync(school.FeedbackQueue, Topology.InboundExchange(other.Brin), string.Empty);
        });

        Assert.Equal(403, declare.ShutdownReason!.ReplyCode);
        Assert.Equal(403, tap.ShutdownReason!.ReplyCode);
    }

    [Fact]
    public async Task Should_close_the_channel_and_store_nothing_when_a_school_names_another_schools_user_in_user_id()
    {
        var school = await hub.ProvisionSchoolAsync();
        var other = await hub.ProvisionSchoolAsync();
        await using var otherLvs = await hub.ConnectAsync(other);
        await using var connection = await OpenAsync(school);
        await using var channel = await connection.CreateChannelAsync();
        var message = TestMessages.Attendance(other.Brin, pupil: 2, lesson: 1);
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json", Type = "AttendanceRegistered", UserId = other.AmqpUsername };

        await channel.BasicPublishAsync(Topology.InboundExchange(school.Brin), string.Empty, mandatory: false, properties, TestMessages.ToJson(message));
        for (var attempt = 0; attempt < 100 && channel.IsOpen; attempt++)
        {
            await Task.Delay(50);
        }

        Assert.False(channel.IsOpen);
        Assert.Equal(406, channel.CloseReason!.ReplyCode);
        Assert.Contains("user_id", channel.CloseReason.ReplyText, StringComparison.Ordinal);
        Assert.Empty(await otherLvs.ReadFeedbackAsync(1, TimeSpan.FromSeconds(3)));
        Assert.Equal(0, await hub.DataSource.LedgerRowsAsync(message.Envelope.MessageId));
    }

    [Fact]
    public async Task Should_answer_401_on_the_operator_api_when_a_schools_api_key_is_used()
    {
        var school = await hub.ProvisionSchoolAsync();
        using var http = new HttpClient { BaseAddress = hub.Worker.BaseAddress };
        var path = new Uri("api/v1/disclosures?pseudonym=" + new string('a', 64), UriKind.Relative);

        using var asSchool = await SendAsync(http, path, school.HttpApiKey!);
        using var asOperator = await SendAsync(http, path, AccessHub.OperatorApiKey);

        Assert.Equal(HttpStatusCode.Unauthorized, asSchool.StatusCode);
        // The operator's key gets past the key check (the made-up pseudonym is then answered 400, not 401).
        Assert.Equal(HttpStatusCode.BadRequest, asOperator.StatusCode);
    }

    private static string[] Tags(JsonElement user) => user.GetProperty("tags") switch
    {
        { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(t => t.GetString()!).ToArray(),
        var text => (text.GetString() ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
    };

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, Uri path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await http.SendAsync(request);
    }

    private async Task<IConnection> OpenAsync(SchoolCredentials school)
    {
        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.MqHost,
            Port = TestEnvironment.MqPort,
            VirtualHost = hub.VirtualHost,
            UserName = school.AmqpUsername,
            Password = school.AmqpPassword!,
            ClientProvidedName = "access-tests-" + school.Brin,
        };
        return await factory.CreateConnectionAsync();
    }

    /// <summary>Starts a consumer on <paramref name="queue"/> in a channel of its own; returns the consumer tag.</summary>
    private static async Task<string> ConsumeAsync(IConnection connection, string queue)
    {
        await using var channel = await connection.CreateChannelAsync();
        var tag = await channel.BasicConsumeAsync(queue, autoAck: false, new AsyncDefaultBasicConsumer(channel));
        await channel.BasicCancelAsync(tag);
        return tag;
    }

    private static async Task GetAsync(IConnection connection, string queue)
    {
        await using var channel = await connection.CreateChannelAsync();
        await channel.BasicGetAsync(queue, autoAck: false);
    }
}
