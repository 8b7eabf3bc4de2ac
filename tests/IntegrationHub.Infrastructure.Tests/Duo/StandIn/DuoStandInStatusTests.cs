using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Wire;
using IntegrationHub.Infrastructure.Tests.Duo.Wire;

namespace IntegrationHub.Infrastructure.Tests.Duo.StandIn;

public sealed class DuoStandInStatusTests
{
    [Fact]
    public async Task Should_return_the_gemeentes_statuses_in_order_when_aanvraag_gewijzigde_meldingen_is_asked()
    {
        await using var f = await StandInFixture.StartAsync();
        var start = f.Time.GetUtcNow();
        var melding = StandInSamples.Melding(Guid.NewGuid());
        var nummer = (await f.Caller.MeldenAsync(melding)).Meldingsnummer!;
        f.Time.Advance(TimeSpan.FromDays(1));
        f.StandIn.SetStatus(nummer, DuoStatus.B, contactpersoon: DuoWireSamples.Contact);
        f.Time.Advance(TimeSpan.FromDays(6));
        f.StandIn.SetStatus(nummer, DuoStatus.G, "terug-naar-school", "leerling-gezien-door-gemeente", DuoWireSamples.Contact);
        f.Time.Advance(TimeSpan.FromMinutes(1));

        var answer = await f.Caller.AanvraagAsync(start);

        Assert.Equal([DuoStatus.R, DuoStatus.B, DuoStatus.G], answer.Changes.Select(c => c.Status));
        Assert.Equal([start, start.AddDays(1), start.AddDays(7)], answer.Changes.Select(c => c.StatusAt));
        Assert.All(answer.Changes, c => Assert.Equal((nummer, melding.MeldingId, "0344"), (c.Meldingsnummer, c.MeldingId!.Value, c.Gemeentecode)));
        Assert.Equal(("terug-naar-school", "leerling-gezien-door-gemeente"), (answer.Changes[2].RedenAfgesloten, answer.Changes[2].ToelichtingAfsluiting));
        Assert.Equal(DuoWireSamples.Contact, answer.Changes[1].Contactpersoon);
        Assert.Equal(f.Time.GetUtcNow(), answer.Until);
    }

    [Fact]
    public async Task Should_return_only_changes_at_or_after_the_time_asked()
    {
        await using var f = await StandInFixture.StartAsync();
        var nummer = (await f.Caller.MeldenAsync(StandInSamples.Melding())).Meldingsnummer!;
        f.Time.Advance(TimeSpan.FromHours(1));
        var first = await f.Caller.AanvraagAsync(DateTimeOffset.UnixEpoch);
        f.Time.Advance(TimeSpan.FromHours(1));
        f.StandIn.SetStatus(nummer, DuoStatus.K);

        var next = await f.Caller.AanvraagAsync(first.Until);
        var later = await f.Caller.AanvraagAsync(next.Until.AddTicks(1));

        Assert.Equal(DuoStatus.R, Assert.Single(first.Changes).Status);
        Assert.Equal(DuoStatus.K, Assert.Single(next.Changes).Status);
        Assert.Empty(later.Changes);
    }

    [Fact]
    public async Task Should_record_I_when_the_school_withdraws_and_refuse_later_changes()
    {
        await using var f = await StandInFixture.StartAsync();
        var melding = StandInSamples.Melding(Guid.NewGuid());
        var nummer = (await f.Caller.MeldenAsync(melding)).Meldingsnummer!;

        var einddatum = await f.Caller.MutatieAsync(new DuoMutatie { Meldingsnummer = nummer, MeldingId = melding.MeldingId, Brin = "12AB", Einddatum = new DateOnly(2026, 3, 20) });
        f.Time.Advance(TimeSpan.FromHours(2));
        var withdrawn = await f.Caller.MutatieAsync(new DuoMutatie { Meldingsnummer = nummer, MeldingId = melding.MeldingId, Brin = "12AB", Intrekken = true });
        var again = await f.Caller.MutatieAsync(new DuoMutatie { Meldingsnummer = nummer, MeldingId = melding.MeldingId, Brin = "12AB", Intrekken = true });
        var answer = await f.Caller.AanvraagAsync(DateTimeOffset.UnixEpoch);

        Assert.True(einddatum.IsAccepted);
        Assert.True(withdrawn.IsAccepted);
        Assert.Equal("melding.ingetrokken", Assert.Single(again.Errors).Code);
        Assert.Equal([DuoStatus.R, DuoStatus.I], answer.Changes.Select(c => c.Status));
        Assert.Equal(2, f.StandIn.Store.Mutaties.Count);
    }

    [Fact]
    public async Task Should_record_the_status_a_bureau_forwards_through_status_gemeente()
    {
        await using var f = await StandInFixture.StartAsync();
        var nummer = (await f.Caller.MeldenAsync(StandInSamples.Melding())).Meldingsnummer!;
        f.Time.Advance(TimeSpan.FromHours(3));

        var (_, envelope) = await f.Caller.CallAsync(DuoOperation.StatusGemeente, DuoRequestWriter.StatusGemeente(new DuoGemeenteStatus
        {
            Meldingsnummer = nummer, Gemeentecode = "0344", Status = DuoStatus.G, RedenAfgesloten = "inschrijving-beeindigd-werk",
            ToelichtingAfsluiting = "geen-actie-meer-richting-leerling", SetAt = f.Time.GetUtcNow().AddHours(-1),
        }));

        Assert.True(DuoResponseReader.StatusGemeente(envelope.RequiredBody).IsAccepted);
        var closed = f.StandIn.Store.StatusesOf(nummer)[^1];
        Assert.Equal((DuoStatus.G, "inschrijving-beeindigd-werk", f.Time.GetUtcNow()), (closed.Status, closed.RedenAfgesloten, closed.StatusAt));
    }

    [Fact]
    public async Task Should_refuse_a_status_off_the_fixed_lists_on_the_gemeente_side()
    {
        await using var f = await StandInFixture.StartAsync();
        var nummer = (await f.Caller.MeldenAsync(StandInSamples.Melding())).Meldingsnummer!;

        Assert.Throws<ArgumentOutOfRangeException>(() => f.StandIn.SetStatus(nummer, DuoStatus.G, "verhuisd"));
        Assert.Throws<KeyNotFoundException>(() => f.StandIn.SetStatus("4242", DuoStatus.B));
    }
}
