using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Routing;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Infrastructure.Tests.Support;
using Npgsql;
using RabbitMQ.Client.Exceptions;

namespace IntegrationHub.Infrastructure.Tests.Gateways.Partners;

/// <summary>
/// Partners answering on their own exchange, through the real broker into the real database: the broker-validated user
/// decides who sent it, a melding or referral must be the sender's, a status goes to DUO (the school hears it from DUO's
/// register), advice reaches the school only on consent.
/// </summary>
public sealed class PartnerGatewayTests(PartnerGatewayHub hub) : IClassFixture<PartnerGatewayHub>
{
    private const string PartnerTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
    private const string PartnerTraceParent = $"00-{PartnerTrace}-00f067aa0ba902b7-01";

    private NpgsqlDataSource Db => hub.DataSource;

    [Fact]
    public async Task Should_store_the_status_and_queue_it_for_duo_without_telling_the_school_when_the_melding_was_routed_to_the_sender()
    {
        var (meldingId, pupil) = await Db.RoutedMeldingAsync(hub.LeerplichtA);
        var status = Status(meldingId, PartnerStatus.Afgesloten);

        await hub.PublishAsync(hub.LeerplichtA, Json(status), "PartnerStatusSet");

        await WaitUntilAsync("SELECT count(*) FROM partner_statuses WHERE message_id = @Id", status.MessageId);
        var stored = await Db.CountAsync(
            "SELECT count(*) FROM partner_statuses WHERE organisation_id = @Org AND melding_id = @MeldingId AND status = 'afgesloten' AND reden_afgesloten = 'terug-naar-school' AND contact_naam = 'J. de Vries'",
            new { Org = hub.LeerplichtA, MeldingId = meldingId });
        Assert.Equal(1, stored);
        var request = Assert.Single(await DuoOutboxAsync(meldingId));
        Assert.Equal(("status-gemeente", pupil), (request.Operation, request.PupilPseudonym));
        var body = JsonSerializer.Deserialize<DuoGemeenteStatus>(request.Body, HubJson.Options)!;
        Assert.Equal(("", "0344", DuoStatus.G, "terug-naar-school", "J. de Vries"),
            (body.Meldingsnummer, body.Gemeentecode, body.Status, body.RedenAfgesloten, body.Contactpersoon?.Naam));
        Assert.Equal(status.SetAt, body.SetAt);
        // The school hears the status once DUO's register returns it (VerzuimmeldingStatusChanged / Closed), not now.
        Assert.Empty(await OutboxAsync(meldingId));
    }

    [Fact]
    public async Task Should_reject_as_melding_unknown_when_another_partner_sets_a_status_on_it()
    {
        var (meldingId, _) = await Db.RoutedMeldingAsync(hub.LeerplichtA);
        var status = Status(meldingId);

        await hub.PublishAsync(hub.LeerplichtB, Json(status), "PartnerStatusSet");

        var rejection = await RejectionAsync(status.MessageId);
        Assert.Equal((hub.LeerplichtB, "PartnerStatusSet", "melding.unknown"), (rejection.OrganisationId, rejection.MessageType, rejection.Codes.Single()));
        Assert.Equal(0, await Db.CountAsync("SELECT count(*) FROM partner_statuses WHERE melding_id = @MeldingId", new { MeldingId = meldingId }));
        Assert.Empty(await OutboxAsync(meldingId));
        Assert.Empty(await DuoOutboxAsync(meldingId));
    }

    [Fact]
    public async Task Should_acknowledge_and_ignore_a_repeat_when_the_same_message_id_comes_again()
    {
        var (meldingId, _) = await Db.RoutedMeldingAsync(hub.LeerplichtA);
        var status = Status(meldingId);
        var next = Status(meldingId, PartnerStatus.Afgesloten);

        await hub.PublishAsync(hub.LeerplichtA, Json(status), "PartnerStatusSet");
        await hub.PublishAsync(hub.LeerplichtA, Json(status), "urn:message:IntegrationHub.Contracts.V1:PartnerStatusSet");
        await hub.PublishAsync(hub.LeerplichtA, Json(next), "PartnerStatusSet");

        // One consumer, in order: once the next message is stored, the repeat before it was handled.
        await WaitUntilAsync("SELECT count(*) FROM partner_statuses WHERE message_id = @Id", next.MessageId);
        Assert.Equal(2, await Db.CountAsync("SELECT count(*) FROM partner_statuses WHERE melding_id = @MeldingId", new { MeldingId = meldingId }));
        Assert.Equal(2, (await DuoOutboxAsync(meldingId)).Count);
        Assert.Empty(await OutboxAsync(meldingId));
        Assert.Equal(0, await Db.CountAsync("SELECT count(*) FROM partner_rejections WHERE message_id = @Id", new { Id = status.MessageId }));
    }

    [Fact]
    public async Task Should_pass_the_advice_to_the_school_with_exactly_one_disclosure_entry_when_the_pupil_consented()
    {
        var (referralId, pupil) = await Db.SentReferralAsync(hub.Jgz);
        await Db.ConsentAsync("consent-" + pupil, pupil, "parents-and-pupil");
        var advice = Advice(referralId);

        await hub.PublishAsync(hub.Jgz, Json(advice), "JgzAdviceGiven");

        await WaitUntilAsync("SELECT count(*) FROM jgz_advices WHERE message_id = @Id", advice.MessageId);
        var outboxId = await ScalarAsync<Guid>("SELECT outbox_message_id FROM jgz_advices WHERE message_id = @Id AND passed_on", advice.MessageId);
        var row = Assert.Single(await OutboxAsync(referralId, "referralId"));
        Assert.Equal((outboxId, "IntegrationHub.Contracts.V1.JgzAdviceReceived"), (row.MessageId, row.MessageType));
        var body = JsonNode.Parse(row.Body)!;
        Assert.Equal(("consent-" + pupil, "LVS-" + pupil, "beperkt"), ((string)body["consentId"]!, (string)body["lvsPupilKey"]!, (string)body["loadCapacity"]!));

        var entry = Assert.Single(await DisclosuresAsync(pupil));
        Assert.Equal((outboxId, PartnerTrace, "00f067aa0ba902b7", "pending"), (entry.MessageId, entry.TraceId, entry.ParentSpanId, entry.Status));
        Assert.Equal(($"school:{PartnerSeeds.Brin}/{PartnerSeeds.Vestiging}", Disclosures.AdviceActivity, Disclosures.Consent, "consent-" + pupil),
            (entry.Recipient, entry.ActivityId, entry.LegalBasis, entry.ConsentId));
        Assert.Equal(Disclosures.AdviceCategories, entry.DataCategories);
        Assert.Contains(entry.SpanId, (string)JsonNode.Parse(row.Headers!)!["headers"]!["traceparent"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_store_the_advice_and_keep_the_reason_without_any_message_or_disclosure_when_there_is_no_consent()
    {
        var (referralId, pupil) = await Db.SentReferralAsync(hub.Jgz);
        var advice = Advice(referralId);

        await hub.PublishAsync(hub.Jgz, Json(advice), "JgzAdviceGiven");

        await WaitUntilAsync("SELECT count(*) FROM jgz_advices WHERE message_id = @Id", advice.MessageId);
        Assert.Equal("consent.missing", await ScalarAsync<string>("SELECT withheld_reason FROM jgz_advices WHERE message_id = @Id AND NOT passed_on", advice.MessageId));
        Assert.Empty(await OutboxAsync(referralId, "referralId"));
        Assert.Empty(await DisclosuresAsync(pupil));
    }

    [Fact]
    public async Task Should_check_who_consented_against_the_birth_date_the_school_reported()
    {
        var (adultReferral, adult) = await Db.SentReferralAsync(hub.Jgz);
        var (childReferral, child) = await Db.SentReferralAsync(hub.Jgz);
        await Db.BirthDateAsync(adult, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-17));
        await Db.BirthDateAsync(child, DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-10));
        await Db.ConsentAsync("consent-" + adult, adult, "pupil");
        await Db.ConsentAsync("consent-" + child, child, "pupil");
        var toAdult = Advice(adultReferral);
        var toChild = Advice(childReferral);

        await hub.PublishAsync(hub.Jgz, Json(toAdult), "JgzAdviceGiven");
        await hub.PublishAsync(hub.Jgz, Json(toChild), "JgzAdviceGiven");

        await WaitUntilAsync("SELECT count(*) FROM jgz_advices WHERE message_id = @Id", toChild.MessageId);
        Assert.True(await ScalarAsync<bool>("SELECT passed_on FROM jgz_advices WHERE message_id = @Id", toAdult.MessageId));
        Assert.False(await ScalarAsync<bool>("SELECT passed_on FROM jgz_advices WHERE message_id = @Id", toChild.MessageId));
    }

    [Fact]
    public async Task Should_go_by_the_user_id_when_a_body_claims_another_organisation()
    {
        var (meldingId, _) = await Db.RoutedMeldingAsync(hub.LeerplichtA);
        var status = Status(meldingId);
        var forged = new JsonObject
        {
            ["messageType"] = new JsonArray("urn:message:IntegrationHub.Contracts.V1:PartnerStatusSet"),
            ["sourceAddress"] = $"rabbitmq://localhost/{hub.VirtualHost.Name}/{Topology.PartnerInboundExchange(hub.LeerplichtA)}",
            ["headers"] = new JsonObject { ["organisationId"] = hub.LeerplichtA, ["userId"] = Topology.PartnerUser(hub.LeerplichtA) },
            ["message"] = JsonNode.Parse(Json(status)),
        };

        await hub.PublishAsync(hub.LeerplichtB, System.Text.Encoding.UTF8.GetBytes(forged.ToJsonString()), type: null);

        var rejection = await RejectionAsync(status.MessageId);
        Assert.Equal((hub.LeerplichtB, "melding.unknown"), (rejection.OrganisationId, rejection.Codes.Single()));
        Assert.Equal(0, await Db.CountAsync("SELECT count(*) FROM partner_statuses WHERE melding_id = @MeldingId", new { MeldingId = meldingId }));
        Assert.Empty(await DuoOutboxAsync(meldingId));
    }

    [Fact]
    public async Task Should_be_refused_by_the_broker_when_a_partner_claims_another_partners_user_or_exchange()
    {
        var (meldingId, _) = await Db.RoutedMeldingAsync(hub.LeerplichtA);

        await Assert.ThrowsAnyAsync<OperationInterruptedException>(() =>
            hub.PublishAsync(hub.LeerplichtB, Json(Status(meldingId)), "PartnerStatusSet", userId: Topology.PartnerUser(hub.LeerplichtA)));
        await Assert.ThrowsAnyAsync<OperationInterruptedException>(() =>
            hub.PublishAsync(hub.LeerplichtB, Json(Status(meldingId)), "PartnerStatusSet", exchange: Topology.PartnerInboundExchange(hub.LeerplichtA)));

        var sentinel = Status(meldingId);
        await hub.PublishAsync(hub.LeerplichtA, Json(sentinel), "PartnerStatusSet");
        await WaitUntilAsync("SELECT count(*) FROM partner_statuses WHERE message_id = @Id", sentinel.MessageId);
        Assert.Equal(1, await Db.CountAsync("SELECT count(*) FROM partner_statuses WHERE melding_id = @MeldingId", new { MeldingId = meldingId }));
    }

    [Fact]
    public async Task Should_keep_only_the_length_and_hash_of_the_body_when_the_message_has_no_user_id()
    {
        var (meldingId, _) = await Db.RoutedMeldingAsync(hub.LeerplichtA);
        var status = Status(meldingId);
        var body = Json(status);

        await hub.PublishAsync(hub.LeerplichtA, body, "PartnerStatusSet", omitUserId: true);

        var rejection = await RejectionAsync(status.MessageId);
        Assert.Equal(((string?)null, (string?)null, "sender.unknown"), (rejection.OrganisationId, rejection.UserId, rejection.Codes.Single()));
        Assert.Equal((body.Length, Convert.ToHexString(SHA256.HashData(body))), (rejection.BodyLength, Convert.ToHexString(rejection.BodySha256)));
        Assert.Equal(0, await Db.CountAsync("SELECT count(*) FROM partner_statuses WHERE melding_id = @MeldingId", new { MeldingId = meldingId }));
    }

    [Fact]
    public async Task Should_keep_a_poison_message_as_processing_failed_and_go_on_when_it_fails_while_the_database_answers()
    {
        var (meldingId, _) = await Db.RoutedMeldingAsync(hub.LeerplichtA);
        var poison = Status(meldingId);
        var next = Status(meldingId);
        hub.Store.Fail(poison.MessageId, int.MaxValue, () => new InvalidOperationException("simulated bug"));

        await hub.PublishAsync(hub.LeerplichtA, Json(poison), "PartnerStatusSet");
        await hub.PublishAsync(hub.LeerplichtA, Json(next), "PartnerStatusSet");

        var rejection = await RejectionAsync(poison.MessageId);
        Assert.Equal((hub.LeerplichtA, "processing.failed"), (rejection.OrganisationId, rejection.Codes.Single()));
        await WaitUntilAsync("SELECT count(*) FROM partner_statuses WHERE message_id = @Id", next.MessageId);
        Assert.Equal(2, hub.Store.Begun(poison.MessageId));
    }

    [Fact]
    public async Task Should_return_the_delivery_to_the_queue_and_store_it_once_when_the_database_is_away_for_a_while()
    {
        var (meldingId, _) = await Db.RoutedMeldingAsync(hub.LeerplichtA);
        var status = Status(meldingId);
        hub.Store.Fail(status.MessageId, 3, () => new NpgsqlException("simulated outage", new SocketException()));

        await hub.PublishAsync(hub.LeerplichtA, Json(status), "PartnerStatusSet");

        await WaitUntilAsync("SELECT count(*) FROM partner_statuses WHERE message_id = @Id", status.MessageId);
        Assert.Equal(4, hub.Store.Begun(status.MessageId)); // two attempts per delivery: it was delivered again
        Assert.Single(await DuoOutboxAsync(meldingId));
        Assert.Equal(0, await Db.CountAsync("SELECT count(*) FROM partner_rejections WHERE message_id = @Id", new { Id = status.MessageId }));
    }

    private static PartnerStatusSet Status(Guid meldingId, PartnerStatus status = PartnerStatus.InBehandeling) => new()
    {
        MessageId = Guid.NewGuid(),
        MeldingId = meldingId,
        Status = status,
        RedenAfgesloten = status == PartnerStatus.Afgesloten ? RedenAfgesloten.TerugNaarSchool : null,
        Contactpersoon = new ContactpersoonRef { Naam = "J. de Vries", Functie = "leerplichtambtenaar", Telefoon = "030-1234567", Email = "leerplicht@example.nl" },
        SetAt = DateTimeOffset.UtcNow.AddMinutes(-1).ToOffset(TimeSpan.FromHours(1)),
        TraceParent = PartnerTraceParent,
    };

    private static JgzAdviceGiven Advice(Guid referralId) => new()
    {
        MessageId = Guid.NewGuid(),
        ReferralId = referralId,
        Participation = AdviceParticipation.Gedeeltelijk,
        LoadCapacity = AdviceLoadCapacity.Beperkt,
        StartHoursPerWeek = 12,
        Adjustments = [AdviceAdjustment.AangepastRooster, AdviceAdjustment.Rustmomenten],
        GivenAt = DateTimeOffset.UtcNow.AddHours(-1),
        TraceParent = PartnerTraceParent,
    };

    private static byte[] Json(object message) => JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), JsonSerializerOptions.Web);

    private async Task WaitUntilAsync(string countSql, Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await Db.CountAsync(countSql, new { Id = id }) == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Nothing for {id} within 30 s: {countSql}");
            await Task.Delay(100);
        }
    }

    private async Task<T> ScalarAsync<T>(string sql, Guid id)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.QuerySingleAsync<T>(sql, new { Id = id });
    }

    private async Task<RejectionRow> RejectionAsync(Guid messageId)
    {
        await WaitUntilAsync("SELECT count(*) FROM partner_rejections WHERE message_id = @Id", messageId);
        await using var connection = await Db.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<(string? OrganisationId, string? UserId, string? MessageType, string Reasons, int BodyLength, byte[] BodySha256)>(
            "SELECT organisation_id, user_id, message_type, reasons::text, body_length, body_sha256 FROM partner_rejections WHERE message_id = @Id", new { Id = messageId });
        var codes = JsonNode.Parse(row.Reasons)!.AsArray().Select(r => (string)r!["code"]!).ToArray();
        return new RejectionRow(row.OrganisationId, row.UserId, row.MessageType, codes, row.BodyLength, row.BodySha256);
    }

    private async Task<IReadOnlyList<OutboxRow>> OutboxAsync(Guid subjectId, string member = "meldingId")
    {
        await using var connection = await Db.OpenConnectionAsync();
        return (await connection.QueryAsync<OutboxRow>(
            "SELECT message_id, destination, message_type, body::text AS body, headers::text AS headers FROM outbox WHERE body->>@Member = @Id ORDER BY sequence",
            new { Member = member, Id = subjectId.ToString() })).ToArray();
    }

    private async Task<IReadOnlyList<DuoOutboxRow>> DuoOutboxAsync(Guid meldingId)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return (await connection.QueryAsync<DuoOutboxRow>(
            "SELECT operation, pupil_pseudonym, body::text AS body FROM duo_outbox WHERE melding_id = @Id ORDER BY sequence", new { Id = meldingId })).ToArray();
    }

    private async Task<IReadOnlyList<DisclosureRow>> DisclosuresAsync(string pupil)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return (await connection.QueryAsync<DisclosureRow>("""
            SELECT message_id, trace_id, span_id, parent_span_id, activity_id, legal_basis, recipient, data_categories, consent_id, status
            FROM disclosures WHERE subject_lookup = @Lookup
            """, new { Lookup = hub.Protector.Lookup(pupil) })).ToArray();
    }

    private sealed record RejectionRow(string? OrganisationId, string? UserId, string? MessageType, string[] Codes, int BodyLength, byte[] BodySha256);

    private sealed record OutboxRow(Guid MessageId, string? Destination, string MessageType, string Body, string? Headers);

    private sealed record DuoOutboxRow(string Operation, string PupilPseudonym, string Body);

    private sealed class DisclosureRow
    {
        public Guid MessageId { get; set; }

        public string TraceId { get; set; } = "";

        public string SpanId { get; set; } = "";

        public string? ParentSpanId { get; set; }

        public string ActivityId { get; set; } = "";

        public string LegalBasis { get; set; } = "";

        public string Recipient { get; set; } = "";

        public string[] DataCategories { get; set; } = [];

        public string? ConsentId { get; set; }

        public string Status { get; set; } = "";
    }
}
