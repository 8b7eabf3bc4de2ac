using System.Text.Json;
using IntegrationHub.Application.Duo.Outbound;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Infrastructure.Tests.Support;

namespace IntegrationHub.Infrastructure.Tests.Duo.Outbound;

/// <summary>The DUO consumer on the real PostgreSQL: settled meldingen and their changes become duo_meldingen + duo_outbox rows, once.</summary>
public sealed class DuoMeldingConsumerTests(DuoOutboundDatabase db) : IClassFixture<DuoOutboundDatabase>
{
    [Fact]
    public async Task Should_queue_one_melden_request_with_the_document_when_a_settled_melding_arrives()
    {
        var (pupil, nummer) = await db.NewPupilAsync();
        var ready = DuoOutboundDatabase.Ready(pupil);
        await db.ExecAsync("""
            INSERT INTO melding_toelichtingen (melding_id, brin, vestiging, toelichting, confirmed_by, message_id, confirmed_at)
            VALUES (@MeldingId, '12AB', '00', 'Bevestigd door de mentor', 'mentor', gen_random_uuid(), now())
            """, new { ready.MeldingId });

        await db.ConsumeAsync(ready);

        var melding = Assert.Single(await db.QueryAsync<(string Status, string Soort, string Gemeente)>(
            "SELECT status, soort, gemeente FROM duo_meldingen WHERE melding_id = @MeldingId", new { ready.MeldingId }));
        var request = Assert.Single(await db.QueryAsync<(string Operation, string Pupil, string Body)>(
            "SELECT operation, pupil_pseudonym, body::text FROM duo_outbox WHERE melding_id = @MeldingId", new { ready.MeldingId }));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(("wachtend", "V3", "GM0344"), melding);
        Assert.Equal(("melden", pupil), (request.Operation, request.Pupil));
        Assert.Equal(nummer, body.RootElement.GetProperty("persoonsgebondenNummer").GetString());
        Assert.Equal(DuoOutboundDatabase.SchoolName, body.RootElement.GetProperty("naamLeslocatie").GetString());
        Assert.Equal("Bevestigd door de mentor", body.RootElement.GetProperty("reden").GetString());
        Assert.Equal("0344", body.RootElement.GetProperty("gemeentecode").GetString());
    }

    [Fact]
    public async Task Should_queue_the_melding_once_when_VerzuimmeldingReady_is_redelivered_or_published_again()
    {
        var (pupil, _) = await db.NewPupilAsync();
        var ready = DuoOutboundDatabase.Ready(pupil);
        var messageId = Guid.NewGuid();

        await db.ConsumeAsync(ready, messageId);
        await db.ConsumeAsync(ready, messageId); // a redelivery
        await db.ConsumeAsync(ready); // the same melding published again (a re-route)

        Assert.Equal(1, await db.DataSource.CountAsync("SELECT count(*) FROM duo_outbox WHERE melding_id = @MeldingId", new { ready.MeldingId }));
        Assert.Equal(1, await db.DataSource.CountAsync("SELECT count(*) FROM duo_meldingen WHERE melding_id = @MeldingId", new { ready.MeldingId }));
    }

    [Fact]
    public async Task Should_refuse_before_sending_and_tell_the_school_when_the_melder_naam_is_too_long()
    {
        var (pupil, _) = await db.NewPupilAsync();
        var naam = new string('n', 101);
        var ready = DuoOutboundDatabase.Ready(pupil) with { MelderNaam = naam };

        await db.ConsumeAsync(ready);

        var melding = Assert.Single(await db.QueryAsync<(string Status, string Reasons)>(
            "SELECT status, refused_reasons::text FROM duo_meldingen WHERE melding_id = @MeldingId", new { ready.MeldingId }));
        var feedback = Assert.Single(await db.QueryAsync<(string Destination, string Body)>(
            "SELECT destination, body::text FROM outbox WHERE message_type LIKE '%VerzuimmeldingNotRegistered' AND body->>'meldingId' = @Id",
            new { Id = ready.MeldingId.ToString() }));
        using var body = JsonDocument.Parse(feedback.Body);
        Assert.Equal("geweigerd", melding.Status);
        Assert.Contains(DuoRefusals.TooLong, melding.Reasons, StringComparison.Ordinal);
        Assert.DoesNotContain(naam, melding.Reasons, StringComparison.Ordinal);
        Assert.Equal(0, await db.DataSource.CountAsync("SELECT count(*) FROM duo_outbox WHERE melding_id = @MeldingId", new { ready.MeldingId }));
        Assert.Equal("queue:school.12AB.feedback", feedback.Destination);
        Assert.Equal(("hub", "melden"), (body.RootElement.GetProperty("refusedBy").GetString(), body.RootElement.GetProperty("operation").GetString()));
        Assert.Equal("melder.naam", body.RootElement.GetProperty("reasons")[0].GetProperty("field").GetString());
        Assert.DoesNotContain(naam, feedback.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_queue_nothing_when_the_melding_is_absoluut_verzuim()
    {
        var (pupil, _) = await db.NewPupilAsync();
        var ready = DuoOutboundDatabase.Ready(pupil, "absoluut-verzuim");

        await db.ConsumeAsync(ready);

        Assert.Equal(0, await db.DataSource.CountAsync("SELECT count(*) FROM duo_meldingen WHERE melding_id = @MeldingId", new { ready.MeldingId }));
        Assert.Equal(0, await db.DataSource.CountAsync("SELECT count(*) FROM duo_outbox WHERE melding_id = @MeldingId", new { ready.MeldingId }));
    }

    [Fact]
    public async Task Should_queue_the_einddatum_and_the_withdrawal_behind_the_melding_once_when_they_follow_it()
    {
        var (pupil, _) = await db.NewPupilAsync();
        var ready = DuoOutboundDatabase.Ready(pupil);
        var einddatum = new VerzuimmeldingEinddatumSet(ready.MeldingId, new DateOnly(2026, 10, 9), db.Clock.GetUtcNow()) { Pupil = pupil, Brin = "12AB", Vestiging = "00" };
        var withdrawn = new VerzuimmeldingWithdrawn(ready.MeldingId, "Ziekmelding kwam alsnog binnen", db.Clock.GetUtcNow()) { Pupil = pupil, Brin = "12AB", Vestiging = "00" };

        await db.ConsumeAsync(ready);
        await db.ConsumeAsync(einddatum);
        await db.ConsumeAsync(einddatum); // published again: the same change is queued once
        await db.ConsumeAsync(withdrawn);

        var requests = await db.QueryAsync<(string Operation, string Body)>(
            "SELECT operation, body::text FROM duo_outbox WHERE melding_id = @MeldingId ORDER BY sequence", new { ready.MeldingId });
        Assert.Equal(["melden", "mutatie", "mutatie"], requests.Select(r => r.Operation));
        Assert.Contains("2026-10-09", requests[1].Body, StringComparison.Ordinal);
        Assert.Contains("\"intrekken\": true", requests[2].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Ziekmelding", requests[2].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_queue_no_change_when_the_melding_was_refused_before_sending()
    {
        var (pupil, _) = await db.NewPupilAsync();
        var ready = DuoOutboundDatabase.Ready(pupil) with { DoorSchoolOndernomenActie = "" };

        await db.ConsumeAsync(ready);
        await db.ConsumeAsync(new VerzuimmeldingEinddatumSet(ready.MeldingId, new DateOnly(2026, 10, 9), db.Clock.GetUtcNow()) { Pupil = pupil });

        Assert.Equal(0, await db.DataSource.CountAsync("SELECT count(*) FROM duo_outbox WHERE melding_id = @MeldingId", new { ready.MeldingId }));
    }
}
