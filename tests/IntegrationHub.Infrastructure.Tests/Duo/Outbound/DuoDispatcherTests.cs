using System.Text.Json;
using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Tests.Support;
using IntegrationHub.Testing.Duo;

namespace IntegrationHub.Infrastructure.Tests.Duo.Outbound;

/// <summary>
/// The DUO dispatcher on the real PostgreSQL with the in-memory register: requests go in order per pupil, exactly once,
/// wait while DUO is down, and each outcome is recorded with the row's done mark and the messages it causes.
/// </summary>
public sealed class DuoDispatcherTests(DuoOutboundDatabase db) : IClassFixture<DuoOutboundDatabase>
{
    [Fact]
    public async Task Should_register_once_store_the_meldingsnummer_and_queue_registered_for_the_school_when_a_settled_melding_is_dispatched()
    {
        var register = db.Register;
        var (pupil, nummer) = await db.NewPupilAsync();
        var ready = DuoOutboundDatabase.Ready(pupil);
        await db.ConsumeAsync(ready);

        await db.DrainAsync(register);
        await db.DrainAsync(register);

        var sent = Assert.Single(register.Registered, m => m.MeldingId == ready.MeldingId);
        var meldingsnummer = register.MeldingsnummerOf(ready.MeldingId);
        var melding = Assert.Single(await db.QueryAsync<(string Status, string Meldingsnummer, DateTime RegisteredAt)>(
            "SELECT status, meldingsnummer, registered_at FROM duo_meldingen WHERE melding_id = @MeldingId", new { ready.MeldingId }));
        var request = Assert.Single(await db.QueryAsync<(string Outcome, int Attempts)>(
            "SELECT outcome, attempts FROM duo_outbox WHERE melding_id = @MeldingId AND done_at IS NOT NULL", new { ready.MeldingId }));
        var status = Assert.Single(await db.QueryAsync<(string Status, Guid MeldingId)>(
            "SELECT status, melding_id FROM duo_melding_statuses WHERE meldingsnummer = @Meldingsnummer", new { Meldingsnummer = meldingsnummer }));
        var feedback = Assert.Single(await db.QueryAsync<(string Destination, string Body)>(
            "SELECT destination, body::text FROM outbox WHERE message_type LIKE '%.VerzuimmeldingRegistered' AND body->>'meldingId' = @Id", new { Id = ready.MeldingId.ToString() }));
        using var body = JsonDocument.Parse(feedback.Body);
        Assert.Equal(nummer, sent.PersoonsgebondenNummer);
        Assert.Equal(("R", meldingsnummer), (melding.Status, melding.Meldingsnummer));
        Assert.Equal(("registered", 1), request);
        Assert.Equal(("R", ready.MeldingId), status);
        Assert.Equal("queue:school.12AB.feedback", feedback.Destination);
        Assert.Equal((meldingsnummer, "V3", true), (body.RootElement.GetProperty("meldingsnummer").GetString(), body.RootElement.GetProperty("soort").GetString(),
            body.RootElement.GetProperty("deadlineMet").GetBoolean()));
        var disclosure = Assert.Single(await db.QueryAsync<(string Recipient, string Status, string ActivityId, string[] Categories)>(
            "SELECT d.recipient, d.status, d.activity_id, d.data_categories FROM disclosures d JOIN duo_outbox o ON o.request_id = d.message_id WHERE o.melding_id = @MeldingId",
            new { ready.MeldingId }));
        Assert.Equal(("duo", "sent", "verzuimmelding-duo/v1"), (disclosure.Recipient, disclosure.Status, disclosure.ActivityId));
        Assert.Contains("persoonsgebonden-nummer", disclosure.Categories);
    }

    [Fact]
    public async Task Should_keep_the_requests_waiting_while_duo_is_down_and_send_them_in_order_per_pupil_after_recovery()
    {
        var register = new OrderedDuoRegister(db.Register);
        var (first, _) = await db.NewPupilAsync();
        var (second, _) = await db.NewPupilAsync();
        var a = DuoOutboundDatabase.Ready(first);
        var b = DuoOutboundDatabase.Ready(second);
        await db.ConsumeAsync(a);
        await db.ConsumeAsync(new VerzuimmeldingEinddatumSet(a.MeldingId, new DateOnly(2026, 10, 9), db.Clock.GetUtcNow()) { Pupil = first });
        await db.ConsumeAsync(b);
        await db.ConsumeAsync(new VerzuimmeldingWithdrawn(b.MeldingId, "correctie", db.Clock.GetUtcNow()) { Pupil = second });

        IReadOnlyList<(Guid MeldingId, string Operation, int Attempts, string? LastError, DateTime? NextAttemptAt)> waiting;
        int secondPass;
        db.Register.Down = true;
        try
        {
            await db.DrainAsync(register);
            waiting = await db.QueryAsync<(Guid MeldingId, string Operation, int Attempts, string? LastError, DateTime? NextAttemptAt)>(
                "SELECT melding_id, operation, attempts, last_error, next_attempt_at FROM duo_outbox WHERE melding_id = ANY(@Ids) ORDER BY sequence",
                new { Ids = new[] { a.MeldingId, b.MeldingId } });
            secondPass = await db.Pass(register).RunAsync(CancellationToken.None);
        }
        finally
        {
            db.Register.Down = false;
        }

        db.Clock.Advance(TimeSpan.FromMinutes(1));
        await db.DrainAsync(register);

        // While down: each pupil's first request was tried once and waits with its error; the later ones were not touched.
        Assert.Equal([("melden", 1), ("mutatie", 0), ("melden", 1), ("mutatie", 0)], waiting.Select(w => (w.Operation, w.Attempts)));
        Assert.All(waiting.Where(w => w.Attempts > 0), w => Assert.False(string.IsNullOrEmpty(w.LastError)));
        Assert.All(waiting.Where(w => w.Attempts > 0), w => Assert.NotNull(w.NextAttemptAt));
        Assert.Equal(0, secondPass);
        // After recovery: everything went, once, melden before its mutatie, per pupil.
        Assert.Equal([(a.MeldingId, "melden"), (a.MeldingId, "einddatum")], register.Received.Where(r => r.MeldingId == a.MeldingId));
        Assert.Equal([(b.MeldingId, "melden"), (b.MeldingId, "intrekken")], register.Received.Where(r => r.MeldingId == b.MeldingId));
        Assert.Equal(0, await db.DataSource.CountAsync("SELECT count(*) FROM duo_outbox WHERE melding_id = ANY(@Ids) AND done_at IS NULL", new { Ids = new[] { a.MeldingId, b.MeldingId } }));
        Assert.Equal(["accepted", "accepted", "registered", "registered"],
            (await db.QueryAsync<string>("SELECT outcome FROM duo_outbox WHERE melding_id = ANY(@Ids)", new { Ids = new[] { a.MeldingId, b.MeldingId } })).Order(StringComparer.Ordinal));
        Assert.Equal(new DateTime(2026, 10, 9), (await db.QueryAsync<DateTime>("SELECT einddatum FROM duo_meldingen WHERE melding_id = @MeldingId", new { a.MeldingId })).Single());
    }

    [Fact]
    public async Task Should_refuse_without_retrying_and_tell_the_school_when_duo_answers_with_a_business_error()
    {
        var register = db.Register;
        var (pupil, nummer) = await db.NewPupilAsync();
        register.RefuseNummer(nummer);
        var ready = DuoOutboundDatabase.Ready(pupil);
        await db.ConsumeAsync(ready);

        await db.DrainAsync(register);
        db.Clock.Advance(TimeSpan.FromHours(1));
        await db.DrainAsync(register);

        var calls = register.Calls.OfType<DuoVerzuimmelding>().Count(m => m.MeldingId == ready.MeldingId);
        var melding = Assert.Single(await db.QueryAsync<(string Status, string Reasons)>(
            "SELECT status, refused_reasons::text FROM duo_meldingen WHERE melding_id = @MeldingId", new { ready.MeldingId }));
        var request = Assert.Single(await db.QueryAsync<(string? Outcome, int Attempts)>(
            "SELECT outcome, attempts FROM duo_outbox WHERE melding_id = @MeldingId", new { ready.MeldingId }));
        var feedback = Assert.Single(await db.QueryAsync<string>(
            "SELECT body::text FROM outbox WHERE message_type LIKE '%.VerzuimmeldingNotRegistered' AND body->>'meldingId' = @Id", new { Id = ready.MeldingId.ToString() }));
        using var body = JsonDocument.Parse(feedback);
        Assert.Equal(1, calls);
        Assert.Equal("geweigerd", melding.Status);
        Assert.Contains("leerling.onbekend", melding.Reasons, StringComparison.Ordinal);
        Assert.Equal(("refused", 1), request);
        Assert.Equal(("duo", "leerling.onbekend"), (body.RootElement.GetProperty("refusedBy").GetString(), body.RootElement.GetProperty("reasons")[0].GetProperty("code").GetString()));
        Assert.Equal(1L, Assert.Single(await db.QueryAsync<long>( // the document reached DUO before DUO refused it: a disclosure all the same
            "SELECT count(*) FROM disclosures d JOIN duo_outbox o ON o.request_id = d.message_id WHERE o.melding_id = @MeldingId AND d.recipient = 'duo'", new { ready.MeldingId })));
    }

    [Fact]
    public async Task Should_carry_the_first_meldings_meldingsnummer_when_a_vervolgmelding_is_sent()
    {
        var register = db.Register;
        var (pupil, _) = await db.NewPupilAsync();
        var first = DuoOutboundDatabase.Ready(pupil);
        var vervolg = DuoOutboundDatabase.Ready(pupil) with { FollowsMeldingId = first.MeldingId, IsVervolgmelding = true, Begindatum = new DateOnly(2026, 10, 12) };
        await db.ConsumeAsync(first);
        await db.ConsumeAsync(vervolg);

        await db.DrainAsync(register);

        var sent = Assert.Single(register.Registered, m => m.MeldingId == vervolg.MeldingId);
        var firstNummer = register.MeldingsnummerOf(first.MeldingId);
        var feedback = Assert.Single(await db.QueryAsync<string>(
            "SELECT body::text FROM outbox WHERE message_type LIKE '%.VerzuimmeldingRegistered' AND body->>'meldingId' = @Id", new { Id = vervolg.MeldingId.ToString() }));
        using var body = JsonDocument.Parse(feedback);
        Assert.Equal(firstNummer, sent.VervolgOpMeldingsnummer);
        Assert.Equal(firstNummer, body.RootElement.GetProperty("followsMeldingsnummer").GetString());
        Assert.Null(register.Registered.Single(m => m.MeldingId == first.MeldingId).VervolgOpMeldingsnummer);
    }

    [Fact]
    public async Task Should_send_every_request_exactly_once_when_two_dispatchers_run_at_the_same_time()
    {
        var register = new OrderedDuoRegister(db.Register);
        var ids = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            var (pupil, _) = await db.NewPupilAsync();
            var ready = DuoOutboundDatabase.Ready(pupil);
            ids.Add(ready.MeldingId);
            await db.ConsumeAsync(ready);
            await db.ConsumeAsync(new VerzuimmeldingEinddatumSet(ready.MeldingId, new DateOnly(2026, 10, 9), db.Clock.GetUtcNow()) { Pupil = pupil });
        }

        await Task.WhenAll(Task.Run(() => db.DrainAsync(register)), Task.Run(() => db.DrainAsync(register)));
        await db.DrainAsync(register); // whatever one skipped while the other held its pupil

        var received = register.Received.Where(r => ids.Contains(r.MeldingId)).ToList();
        Assert.Equal(24, received.Count);
        Assert.All(ids, id => Assert.Equal([(id, "melden"), (id, "einddatum")], received.Where(r => r.MeldingId == id)));
        Assert.Equal(12, register.Inner.Registered.Count(m => ids.Contains(m.MeldingId)));
        Assert.Equal(0, await db.DataSource.CountAsync("SELECT count(*) FROM duo_outbox WHERE melding_id = ANY(@Ids) AND outcome = 'refused'", new { Ids = ids.ToArray() }));
    }

    [Fact]
    public async Task Should_send_the_partner_the_meldingsnummer_with_a_disclosure_entry_when_the_melding_was_routed()
    {
        var register = db.Register;
        var (pupil, _) = await db.NewPupilAsync();
        var ready = DuoOutboundDatabase.Ready(pupil);
        await db.ExecAsync("""
            INSERT INTO melding_routes (melding_id, organisation_id, partner_kind, woongemeente, routed_on, notify, message_id, routed_at)
            VALUES (@MeldingId, 'lp-utrecht', 'leerplicht', 'GM0344', '2026-10-02', true, gen_random_uuid(), now())
            """, new { ready.MeldingId });
        await db.ConsumeAsync(ready);

        await db.DrainAsync(register);

        var meldingsnummer = register.MeldingsnummerOf(ready.MeldingId);
        var update = Assert.Single(await db.QueryAsync<(Guid MessageId, string Destination, string Body)>(
            "SELECT message_id, destination, body::text FROM outbox WHERE message_type LIKE '%.VerzuimmeldingNotificationUpdated' AND body->>'meldingId' = @Id",
            new { Id = ready.MeldingId.ToString() }));
        using var body = JsonDocument.Parse(update.Body);
        var disclosure = Assert.Single(await db.QueryAsync<(string Recipient, string Status, string ActivityId)>(
            "SELECT recipient, status, activity_id FROM disclosures WHERE message_id = @MessageId", new { update.MessageId }));
        Assert.Equal("queue:leerplicht.lp-utrecht", update.Destination);
        Assert.Equal(("meldingsnummer", meldingsnummer), (body.RootElement.GetProperty("change").GetString(), body.RootElement.GetProperty("meldingsnummer").GetString()));
        Assert.Equal(("lp-utrecht", "pending", "verzuimmelding-leerplicht-wijziging/v1"), disclosure);
    }

    [Fact]
    public async Task Should_send_no_partner_update_when_the_melding_was_not_routed()
    {
        var register = db.Register;
        var (pupil, _) = await db.NewPupilAsync();
        var ready = DuoOutboundDatabase.Ready(pupil);
        await db.ConsumeAsync(ready);

        await db.DrainAsync(register);

        Assert.Single(register.Registered, m => m.MeldingId == ready.MeldingId);
        Assert.Equal(0, await db.DataSource.CountAsync(
            "SELECT count(*) FROM outbox WHERE message_type LIKE '%.VerzuimmeldingNotificationUpdated' AND body->>'meldingId' = @Id", new { Id = ready.MeldingId.ToString() }));
    }

    [Fact]
    public async Task Should_send_a_gemeente_status_with_the_meldingsnummer_filled_in_when_the_status_stage_queued_it()
    {
        var register = db.Register;
        var (pupil, _) = await db.NewPupilAsync();
        var ready = DuoOutboundDatabase.Ready(pupil);
        await db.ConsumeAsync(ready);
        await db.DrainAsync(register);
        var status = new DuoGemeenteStatus { Meldingsnummer = "", Gemeentecode = "0344", Status = DuoStatus.B, SetAt = db.Clock.GetUtcNow() };
        await db.ExecAsync("""
            INSERT INTO duo_outbox (request_id, melding_id, pupil_pseudonym, operation, body, created_at)
            VALUES (gen_random_uuid(), @MeldingId, @Pupil, 'status-gemeente', @Body::jsonb, now())
            """, new { ready.MeldingId, Pupil = pupil, Body = JsonSerializer.Serialize(status, IntegrationHub.Infrastructure.Persistence.HubJson.Options) });

        await db.DrainAsync(register);

        var sent = Assert.Single(register.Calls.OfType<DuoGemeenteStatus>(), s => s.SetAt == status.SetAt && s.Status == DuoStatus.B);
        Assert.Equal(register.MeldingsnummerOf(ready.MeldingId), sent.Meldingsnummer);
        Assert.Equal("accepted", (await db.QueryAsync<string>(
            "SELECT outcome FROM duo_outbox WHERE melding_id = @MeldingId AND operation = 'status-gemeente'", new { ready.MeldingId })).Single());
    }
}
