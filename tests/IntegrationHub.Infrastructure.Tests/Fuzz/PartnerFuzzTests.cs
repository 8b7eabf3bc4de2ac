using System.Diagnostics;
using Dapper;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Tests.Gateways.Partners;
using IntegrationHub.Testing;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace IntegrationHub.Infrastructure.Tests.Fuzz;

/// <summary>
/// 2,000 seeded hostile partner answers through the partner's own exchange into the running partner gateway: each is
/// refused and kept as a bounded partner_rejections row (reasons, body length and SHA-256, never the body), nothing
/// else is written (no status, no advice, no outbox or DUO outbox row), and the gateway goes on serving.
/// </summary>
public sealed class PartnerFuzzTests(PartnerGatewayHub hub, ITestOutputHelper output) : IClassFixture<PartnerGatewayHub>
{
    public const int Payloads = 2_000;
    private const int Seed = 20261202;

    [Fact]
    public async Task Should_refuse_every_payload_and_write_only_its_bounded_rejection_when_2000_hostile_partner_answers_arrive()
    {
        var (meldingId, _) = await hub.DataSource.RoutedMeldingAsync(hub.LeerplichtA);
        var (referralId, _) = await hub.DataSource.SentReferralAsync(hub.Jgz);
        var generator = new HostilePartnerPayloads(Seed, meldingId, referralId);
        var payloads = Enumerable.Range(0, Payloads).Select(_ => generator.Next()).ToList();
        var before = await CountsAsync();
        var clock = Stopwatch.StartNew();

        await using (var leerplicht = await OpenAsync(hub.LeerplichtA))
        await using (var jgz = await OpenAsync(hub.Jgz))
        {
            foreach (var chunk in payloads.Chunk(200))
            {
                await Task.WhenAll(chunk.Select(p => PublishAsync(p.Type == "JgzAdviceGiven" ? jgz : leerplicht, p.Body, p.Type)));
            }
        }

        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while ((await CountsAsync()).Rejections - before.Rejections < Payloads && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }

        var after = await CountsAsync();
        output.WriteLine($"seed {Seed}; {Payloads} partner payloads in {clock.Elapsed.TotalSeconds:F0} s; kinds: " +
            string.Join(", ", payloads.CountBy(p => p.Kind).OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")));
        output.WriteLine($"before {before}; after {after}");
        Assert.Equal(Payloads, after.Rejections - before.Rejections);
        Assert.Equal(before with { Rejections = 0 }, after with { Rejections = 0 });
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM partner_rejections WHERE jsonb_array_length(reasons) = 0"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM partner_rejections WHERE reasons @> '[{\"code\":\"processing.failed\"}]'"));
    }

    private async Task<Counts> CountsAsync()
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<Counts>("""
            SELECT (SELECT count(*) FROM partner_rejections) AS rejections, (SELECT count(*) FROM partner_statuses) AS statuses,
                   (SELECT count(*) FROM jgz_advices) AS advices, (SELECT count(*) FROM outbox) AS outbox, (SELECT count(*) FROM duo_outbox) AS duooutbox
            """);
    }

    private async Task<PartnerPublisher> OpenAsync(string organisation)
    {
        var factory = new ConnectionFactory
        {
            HostName = TestEnvironment.MqHost,
            Port = TestEnvironment.MqPort,
            VirtualHost = hub.VirtualHost.Name,
            UserName = Topology.PartnerUser(organisation),
            Password = PartnerGatewayHub.Password,
        };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new PartnerPublisher(organisation, connection, channel);
    }

    private static Task PublishAsync(PartnerPublisher publisher, byte[] body, string? type)
    {
        var properties = new BasicProperties { Type = type, ContentType = "application/json", Persistent = true, UserId = Topology.PartnerUser(publisher.Organisation) };
        return publisher.Channel.BasicPublishAsync(Topology.PartnerInboundExchange(publisher.Organisation), string.Empty, mandatory: false, properties, body).AsTask();
    }

    private sealed record PartnerPublisher(string Organisation, IConnection Connection, IChannel Channel) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Channel.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    private sealed record Counts(long Rejections, long Statuses, long Advices, long Outbox, long DuoOutbox);
}
