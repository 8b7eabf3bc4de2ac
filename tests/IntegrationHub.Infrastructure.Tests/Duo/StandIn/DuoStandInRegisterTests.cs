using System.Net;
using IntegrationHub.Application.Duo;
using IntegrationHub.DuoStandIn;
using IntegrationHub.Infrastructure.Duo.Wire;
using IntegrationHub.Infrastructure.Tests.Duo.Wire;

namespace IntegrationHub.Infrastructure.Tests.Duo.StandIn;

public sealed class DuoStandInRegisterTests
{
    [Fact]
    public async Task Should_register_a_double_send_twice_when_the_same_envelope_arrives_again()
    {
        await using var f = await StandInFixture.StartAsync();
        var melding = StandInSamples.Melding(Guid.NewGuid());
        var messageId = DuoMessageId.New();

        var first = await f.Caller.MeldenAsync(melding, messageId);
        var second = await f.Caller.MeldenAsync(melding, messageId);

        Assert.True(first.IsRegistered);
        Assert.True(second.IsRegistered);
        Assert.NotEqual(first.Meldingsnummer, second.Meldingsnummer);
        var registrations = f.StandIn.Store.RegistrationsOf(melding.MeldingId);
        Assert.Equal(2, registrations.Count);
        Assert.All(registrations, r => Assert.Equal(messageId, r.MessageId));
        Assert.All(registrations, r => Assert.Equal(DuoOpvragenMeldingen.For(melding), r.BusinessKey));
        Assert.All(registrations, r => Assert.Contains(melding.MeldingId.ToString(), r.ReceivedXml, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_answer_with_RelatesTo_the_request_MessageID_and_DUOs_registration_time()
    {
        await using var f = await StandInFixture.StartAsync();
        var messageId = DuoMessageId.New();

        var (status, envelope) = await f.Caller.CallAsync(DuoOperation.MeldenRelatiefVerzuim, DuoRequestWriter.Melden(StandInSamples.Melding()), messageId);
        var result = DuoResponseReader.Melden(envelope.RequiredBody);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(messageId, envelope.RelatesTo);
        Assert.Equal(DuoOperation.MeldenRelatiefVerzuim.ResponseAction(), envelope.Action);
        Assert.Equal(f.Time.GetUtcNow(), result.RegisteredAt);
        Assert.Equal(result.Meldingsnummer, Assert.Single(f.StandIn.Store.Registrations).Meldingsnummer);
    }

    [Fact]
    public async Task Should_answer_xsd_ongeldig_as_a_business_error_not_a_fault_when_the_body_fails_the_xsd()
    {
        await using var f = await StandInFixture.StartAsync();
        var reden = new string('q', 201);

        var (status, envelope) = await f.Caller.CallAsync(DuoOperation.MeldenRelatiefVerzuim, DuoRequestWriter.Melden(StandInSamples.Melding() with { Reden = reden }));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(envelope.IsFault);
        var error = Assert.Single(DuoResponseReader.Melden(envelope.RequiredBody).Errors);
        Assert.Equal("xsd.ongeldig", error.Code);
        Assert.Contains("verzuimmelding/reden", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("qqqq", error.Message, StringComparison.Ordinal);
        Assert.Empty(f.StandIn.Store.Registrations);
    }

    [Fact]
    public async Task Should_refuse_a_configured_nummer_with_a_business_error()
    {
        await using var f = await StandInFixture.StartAsync(time => new DuoStandInOptions { Time = time, RefusedNummers = new HashSet<string> { "999990020" } });

        var refused = await f.Caller.MeldenAsync(StandInSamples.Melding() with { PersoonsgebondenNummer = "999990020" });
        f.StandIn.RefuseNummer("999990031");
        var refusedLater = await f.Caller.MeldenAsync(StandInSamples.Melding() with { PersoonsgebondenNummer = "999990031" });
        var accepted = await f.Caller.MeldenAsync(StandInSamples.Melding());

        Assert.Equal("leerling.onbekend", Assert.Single(refused.Errors).Code);
        Assert.Equal("leerling.onbekend", Assert.Single(refusedLater.Errors).Code);
        Assert.True(accepted.IsRegistered);
        Assert.Single(f.StandIn.Store.Registrations);
    }

    [Fact]
    public async Task Should_answer_business_errors_when_a_meldingsnummer_is_unknown()
    {
        await using var f = await StandInFixture.StartAsync();

        var mutatie = await f.Caller.MutatieAsync(new DuoMutatie { Meldingsnummer = "4242", MeldingId = Guid.NewGuid(), Brin = "12AB", Intrekken = true });
        var (_, status) = await f.Caller.CallAsync(DuoOperation.StatusGemeente, DuoRequestWriter.StatusGemeente(new DuoGemeenteStatus
        {
            Meldingsnummer = "4242", Gemeentecode = "0344", Status = DuoStatus.B, SetAt = f.Time.GetUtcNow(),
        }));
        var vervolg = await f.Caller.MeldenAsync(StandInSamples.Melding() with { VervolgOpMeldingsnummer = "4242" });

        Assert.Equal("melding.onbekend", Assert.Single(mutatie.Errors).Code);
        Assert.Equal("melding.onbekend", Assert.Single(DuoResponseReader.StatusGemeente(status.RequiredBody).Errors).Code);
        Assert.Equal("melding.onbekend", Assert.Single(vervolg.Errors).Code);
        Assert.Empty(f.StandIn.Store.Registrations);
    }

    [Fact]
    public async Task Should_find_every_registration_of_a_business_key_when_asked_by_opvragen_meldingen()
    {
        await using var f = await StandInFixture.StartAsync();
        var melding = StandInSamples.Melding(Guid.NewGuid());
        var first = await f.Caller.MeldenAsync(melding);
        var second = await f.Caller.MeldenAsync(melding);
        await f.Caller.MeldenAsync(StandInSamples.Melding() with { PersoonsgebondenNummer = "999990032" });
        await f.Caller.MeldenAsync(melding with { Begindatum = melding.Begindatum.AddDays(28) });

        var (_, envelope) = await f.Caller.CallAsync(DuoOperation.OpvragenMeldingen, DuoRequestWriter.OpvragenMeldingen(DuoOpvragenMeldingen.For(melding)));
        var found = DuoResponseReader.OpvragenMeldingen(envelope.RequiredBody);

        Assert.Equal([first.Meldingsnummer!, second.Meldingsnummer!], found.Value!.Select(m => m.Meldingsnummer));
        Assert.All(found.Value!, m => Assert.Equal(melding.MeldingId, m.MeldingId));
    }
}
