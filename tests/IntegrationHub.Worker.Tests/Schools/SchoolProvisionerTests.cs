using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Schools;
using IntegrationHub.Testing;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Schools;

public sealed class SchoolProvisionerTests(HubFixture hub) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task Should_keep_secrets_and_change_nothing_when_a_school_is_provisioned_twice()
    {
        var registration = new SchoolRegistration(hub.NewBrin(), "Testschool twice", SchoolRegion.Noord, Melder: HubFixture.TestMelder);

        var first = await hub.Provisioner.ProvisionAsync(registration, CancellationToken.None);
        var second = await hub.Provisioner.ProvisionAsync(registration, CancellationToken.None);

        Assert.NotNull(first.AmqpPassword);
        Assert.NotNull(first.HttpApiKey);
        Assert.Null(second.AmqpPassword);
        Assert.Null(second.HttpApiKey);
        Assert.Equal(first.HttpCredentialId, second.HttpCredentialId);
        await using var lvs = await SchoolConnection.OpenAsync(hub.VirtualHost.Name, first.Brin, first.AmqpUsername, first.AmqpPassword);
        Assert.Null(lvs.ChannelCloseReason);
    }

    [Fact]
    public async Task Should_let_the_school_user_write_only_its_exchange_and_read_only_its_feedback_queue_when_provisioned()
    {
        var school = await hub.ProvisionSchoolAsync();
        using var management = TestVirtualHost.CreateManagementClient();

        var permissions = await management.GetFromJsonAsync<JsonElement>(
            $"api/permissions/{Uri.EscapeDataString(hub.VirtualHost.Name)}/{Uri.EscapeDataString(school.AmqpUsername)}");

        Assert.Equal("^$", permissions.GetProperty("configure").GetString());
        Assert.Equal($@"^school\.{school.Brin}\.in$", permissions.GetProperty("write").GetString());
        Assert.Equal($@"^school\.{school.Brin}\.feedback$", permissions.GetProperty("read").GetString());
        Assert.Equal(Topology.InboundExchange(school.Brin), school.InboundExchange);
        Assert.Equal(Topology.FeedbackQueue(school.Brin), school.FeedbackQueue);
    }

    [Fact]
    public async Task Should_close_the_connection_and_refuse_a_new_one_when_amqp_access_is_revoked()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);

        await hub.Provisioner.RevokeAmqpAsync(school.Brin, CancellationToken.None);

        for (var attempt = 0; attempt < 50 && lvs.IsOpen; attempt++)
        {
            await Task.Delay(100);
        }

        Assert.False(lvs.IsOpen);
        await Assert.ThrowsAnyAsync<Exception>(async () => await hub.ConnectAsync(school));
    }

    [Fact]
    public async Task Should_refuse_a_brin_that_is_not_a_brin_code_when_provisioning()
    {
        var registration = new SchoolRegistration("12ab.#", "Bad", SchoolRegion.Zuid, Melder: HubFixture.TestMelder);

        await Assert.ThrowsAsync<ArgumentException>(() => hub.Provisioner.ProvisionAsync(registration, CancellationToken.None));
    }
}
