using IntegrationHub.Application.Duo;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Duo.Wire;
using IntegrationHub.Worker.Tests.Meldingen;
using IntegrationHub.Worker.Tests.Routing;
using IntegrationHub.Worker.Tests.Support;

namespace IntegrationHub.Worker.Tests.Duo;

/// <summary>
/// The DUO loop end to end, on the real broker and database with the worker as its own process and DUO's stand-in on
/// HTTPS: a school's feed crosses 16 hours in 4 weeks; the settled melding reaches DUO once, as a document the XSD accepts;
/// the gemeente sets "in behandeling" and then "afgesloten, terug naar school" in DUO's register; the hub's poll brings both
/// back, and the school's own queue receives registered, status changed and closed, in that order, each with the melding
/// id and DUO's meldingsnummer.
/// </summary>
public sealed class DuoLoopEndToEndTests(DuoHubFixture hub) : IClassFixture<DuoHubFixture>
{
    private const int PupilNumber = 81;

    [Fact]
    public async Task Should_register_the_melding_at_duo_once_and_tell_the_school_registered_status_changed_and_closed_in_order_when_the_gemeente_handles_it()
    {
        var school = await hub.ProvisionSchoolAsync();
        await using var lvs = await hub.ConnectAsync(school);
        var feedback = MessageLog.Of(lvs);
        var pupil = MeldingFacts.Pupil(PupilNumber);

        await lvs.PublishAllAsync([RoutingFacts.Enrolment(school.Brin, pupil, "GM0014"), .. RoutingFacts.MissedLessons(school.Brin, pupil)]);
        var registered = await feedback.WaitForAsync(f => f.Is(nameof(VerzuimmeldingRegistered)));
        var meldingsnummer = registered.Text("meldingsnummer")!;
        var meldingId = registered.Message.GetProperty("meldingId").GetGuid();

        var registration = Assert.Single(hub.StandIn.Store.Registrations);
        Assert.Equal((meldingId, meldingsnummer), (registration.MeldingId, registration.Meldingsnummer));
        Assert.Empty(DuoXsdValidator.Validate(SoapEnvelope.Parse(registration.ReceivedXml).RequiredBody));
        var document = registration.Melding;
        Assert.Equal((DuoSoort.V3, pupil.PersoonsgebondenNummer, "0014", school.Brin), (document.Soort, document.PersoonsgebondenNummer, document.Gemeentecode, document.Brin));
        Assert.Equal((MeldingFacts.SeptemberTuesdays[0], 16m), (document.Begindatum, document.VerzuimUren));
        Assert.Equal(HubFixture.TestMelder.Naam, document.Melder.Naam);
        Assert.Equal("V3", registered.Text("soort"));

        hub.StandIn.SetStatus(meldingsnummer, DuoStatus.B, contactpersoon: new DuoContactpersoon("M. Leerplicht", "leerplichtambtenaar", "0501234567", "leerplicht@gemeente.example"));
        var changed = await feedback.WaitForAsync(f => f.Is(nameof(VerzuimmeldingStatusChanged)));
        hub.StandIn.SetStatus(meldingsnummer, DuoStatus.G, "terug-naar-school", "leerling-gezien-door-gemeente");
        var closed = await feedback.WaitForAsync(f => f.Is(nameof(VerzuimmeldingClosed)));

        var duoFeedback = feedback.All.Where(f => f.Is(nameof(VerzuimmeldingRegistered)) || f.Is(nameof(VerzuimmeldingStatusChanged)) || f.Is(nameof(VerzuimmeldingClosed))).ToList();
        Assert.Equal([nameof(VerzuimmeldingRegistered), nameof(VerzuimmeldingStatusChanged), nameof(VerzuimmeldingClosed)], duoFeedback.Select(f => f.ShortType));
        Assert.All(duoFeedback, f => Assert.Equal((meldingId, meldingsnummer), (f.Message.GetProperty("meldingId").GetGuid(), f.Text("meldingsnummer"))));
        Assert.Equal(("in-behandeling", "GM0014"), (changed.Text("status"), changed.Text("gemeente")));
        Assert.Equal("M. Leerplicht", changed.Message.GetProperty("contactpersoon").GetProperty("naam").GetString());
        Assert.Equal(("terug-naar-school", "leerling-gezien-door-gemeente"), (closed.Text("redenAfgesloten"), closed.Text("toelichtingAfsluiting")));
        Assert.Single(hub.StandIn.Store.RegistrationsOf(meldingId));

        // The worker logged the DUO loop by ids and codes: never the nummer it sent DUO, nor the melder's or the contact's details.
        var personal = new[] { pupil.PersoonsgebondenNummer, HubFixture.TestMelder.Naam, HubFixture.TestMelder.Telefoon, HubFixture.TestMelder.Email, "M. Leerplicht", "0501234567" };
        Assert.Contains(hub.Worker.OutputLines, line => line.Contains(meldingId.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(hub.Worker.OutputLines, line => personal.Any(p => line.Contains(p, StringComparison.Ordinal)));

        // Connected, /health lists DUO's client and poll checks, all healthy now the circuit is closed and the poll ran.
        using var http = new HttpClient { BaseAddress = hub.Worker.BaseAddress };
        var (_, health) = await DuoHealthTests.GetAsync(http, "health");
        var checks = DuoHealthTests.Checks(health).Where(c => c.Name.StartsWith("duo", StringComparison.Ordinal)).ToDictionary(c => c.Name, c => c.Status);
        Assert.Equal(new Dictionary<string, string> { ["duo-circuit"] = "Healthy", ["duo-client-certificate"] = "Healthy", ["duo-poll"] = "Healthy" }, checks);
    }
}
