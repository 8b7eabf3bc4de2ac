using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Infrastructure.Partners;
using IntegrationHub.Infrastructure.Persistence.Directory;
using IntegrationHub.Infrastructure.Schools;
using IntegrationHub.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace IntegrationHub.Infrastructure.Tests.Partners;

/// <summary>`hub org add` on the real broker: what a partner's own user may and may not do.</summary>
public sealed class PartnerProvisionerTests(PartnerBroker broker) : IClassFixture<PartnerBroker>
{
    [Fact]
    public async Task Should_let_the_partner_read_its_own_queue_and_not_another_partners_queue_nor_a_schools_feedback_queue()
    {
        var partner = await broker.ProvisionAsync(PartnerKind.Leerplicht);
        var other = await broker.ProvisionAsync(PartnerKind.Jgz);
        await using (var hub = await broker.ConnectAsHubAsync())
        await using (var channel = await hub.CreateChannelAsync())
        {
            await SchoolTopology.DeclareAsync(channel, "93ZZ", CancellationToken.None);
            await channel.BasicPublishAsync(partner.Queue, string.Empty, Encoding.UTF8.GetBytes("{\"melding\":1}"));
        }

        await using var connection = await broker.ConnectAsync(partner);
        var own = await ReadAsync(connection, partner.Queue);
        var otherPartner = await Assert.ThrowsAsync<OperationInterruptedException>(() => ReadAsync(connection, other.Queue));
        var school = await Assert.ThrowsAsync<OperationInterruptedException>(() => ReadAsync(connection, Topology.FeedbackQueue("93ZZ")));

        Assert.Equal("{\"melding\":1}", own);
        Assert.Equal(403, otherPartner.ShutdownReason!.ReplyCode);
        Assert.Equal(403, school.ShutdownReason!.ReplyCode);
    }

    [Fact]
    public async Task Should_deliver_what_the_partner_publishes_on_its_own_exchange_to_the_partner_intake_and_refuse_another_exchange()
    {
        var partner = await broker.ProvisionAsync(PartnerKind.Rmc);
        var other = await broker.ProvisionAsync(PartnerKind.Leerplicht);
        await using var connection = await broker.ConnectAsync(partner);

        await PublishAsync(connection, partner.InboundExchange, partner.AmqpUsername, "{\"status\":\"B\"}");
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => PublishAsync(connection, other.InboundExchange, partner.AmqpUsername, "{}"));
        var intoSomeQueue = await Assert.ThrowsAnyAsync<Exception>(() => PublishAsync(connection, other.Queue, partner.AmqpUsername, "{}"));

        await using var hub = await broker.ConnectAsHubAsync();
        await using var channel = await hub.CreateChannelAsync();
        var delivered = await channel.BasicGetAsync(Topology.PartnerIntakeQueue, autoAck: true);
        Assert.NotNull(delivered);
        Assert.Equal(("{\"status\":\"B\"}", partner.AmqpUsername), (Encoding.UTF8.GetString(delivered.Body.Span), delivered.BasicProperties.UserId));
        Assert.Null(await channel.BasicGetAsync(Topology.PartnerIntakeQueue, autoAck: true));
        Assert.Contains("ACCESS_REFUSED", refused.ToString(), StringComparison.Ordinal);
        Assert.Contains("ACCESS_REFUSED", intoSomeQueue.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_give_the_partner_exactly_its_queue_to_read_its_exchange_to_write_and_nothing_to_configure()
    {
        var partner = await broker.ProvisionAsync(PartnerKind.Jgz);
        using var management = TestVirtualHost.CreateManagementClient();

        var permissions = await management.GetFromJsonAsync<JsonElement>(
            $"api/permissions/{Uri.EscapeDataString(broker.VirtualHost.Name)}/{Uri.EscapeDataString(partner.AmqpUsername)}");

        Assert.Equal("^$", permissions.GetProperty("configure").GetString());
        Assert.Equal($@"^partner\.{partner.OrganisationId}\.in$", permissions.GetProperty("write").GetString());
        Assert.Equal($@"^jgz\.{partner.OrganisationId}$", permissions.GetProperty("read").GetString());
        Assert.Equal(("partner-" + partner.OrganisationId, "jgz." + partner.OrganisationId), (partner.AmqpUsername, partner.Queue));
    }

    [Fact]
    public async Task Should_keep_the_password_and_the_row_when_an_organisation_is_added_twice()
    {
        var id = broker.NewId(PartnerKind.Leerplicht);
        var registration = new PartnerRegistration(PartnerKind.Leerplicht, id, "RBL Test", "test data");

        var first = await broker.Provisioner.ProvisionAsync(registration, CancellationToken.None);
        var second = await broker.Provisioner.ProvisionAsync(registration, CancellationToken.None);

        Assert.NotNull(first.AmqpPassword);
        Assert.Null(second.AmqpPassword);
        Assert.Equal(new DirectoryOrganisation(id, PartnerKind.Leerplicht, "RBL Test", "test data"), await broker.Store.FindOrganisationAsync(id, CancellationToken.None));
        await using var connection = await broker.ConnectAsync(first);
        Assert.Null(await ReadAsync(connection, first.Queue));
    }

    [Fact]
    public async Task Should_refuse_an_rmc_organisation_whose_id_is_not_its_region_code()
    {
        var registration = new PartnerRegistration(PartnerKind.Rmc, "rmc-utrecht", "RMC Utrecht", "test data");

        var error = await Assert.ThrowsAsync<DirectoryDataException>(() => broker.Provisioner.ProvisionAsync(registration, CancellationToken.None));

        Assert.Contains("region code in lower case", error.Message, StringComparison.Ordinal);
        Assert.Null(await broker.Store.FindOrganisationAsync("rmc-utrecht", CancellationToken.None));
    }

    private static async Task<string?> ReadAsync(IConnection connection, string queue)
    {
        await using var channel = await connection.CreateChannelAsync();
        var result = await channel.BasicGetAsync(queue, autoAck: true);
        return result is null ? null : Encoding.UTF8.GetString(result.Body.Span);
    }

    private static async Task PublishAsync(IConnection connection, string exchange, string user, string body)
    {
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await channel.BasicPublishAsync(exchange, string.Empty, mandatory: false, new BasicProperties { UserId = user, Persistent = true }, Encoding.UTF8.GetBytes(body));
    }
}
