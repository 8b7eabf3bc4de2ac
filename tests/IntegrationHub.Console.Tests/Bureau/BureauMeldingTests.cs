using System.Text.RegularExpressions;
using Dapper;
using IntegrationHub.Application.Duo;
using IntegrationHub.Console.Tests.Support;
using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.Bureau;

/// <summary>
/// The leerplicht bureau's screens in Chromium against the real worker (with the DUO loop on DUO's stand-in) and console:
/// a status set in the console takes the same loop as one from the bureau's own system (partner intake, DUO, the poll,
/// the school's feedback queue); another organisation's melding is a 404.
/// </summary>
public sealed class BureauMeldingTests(PartnerHubFixture hub) : IClassFixture<PartnerHubFixture>
{
    /// <summary>A page after a POST and a redirect may take a while on a loaded machine (Playwright's expect waits 5 s by default).</summary>
    private const float BrowserTimeout = 30_000;

    [Fact]
    public async Task Should_send_the_closed_status_to_the_schools_feedback_queue_when_a_bureau_user_closes_a_melding_terug_naar_school()
    {
        var melding = await hub.RegisteredMeldingAsync();
        await using var lvs = await hub.ConnectSchoolAsync();
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        var page = browser.Page;
        await browser.LoginAsync(hub.Bureau);

        Assert.EndsWith("/Bureau", page.Url, StringComparison.Ordinal);
        var link = await InboxLinkAsync(page, melding.Meldingsnummer);
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = melding.Meldingsnummer })).ToContainTextAsync("Nieuw", new() { Timeout = BrowserTimeout });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "bureau-inbox");

        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/Bureau/Melding/{melding.MeldingId}$"), new() { Timeout = BrowserTimeout }); // the URL, not the load event (CI once waited 30 s for a load event that had fired)
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).ToContainTextAsync(melding.PersoonsgebondenNummer, new() { Timeout = BrowserTimeout }); // the legal-obligation projection carries the nummer
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("afgesloten", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reden afgesloten").SelectOptionAsync(new SelectOptionValue { Label = "terug naar school / opleiding hervat" });
        await page.GetByLabel("Toelichting afsluiting").SelectOptionAsync(new SelectOptionValue { Label = "leerling is gezien door gemeente" });
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("M. Leerplicht");
        await page.GetByLabel("Functie").FillAsync("leerplichtambtenaar");
        await page.GetByLabel("Telefoon").FillAsync("0501234567");
        await page.GetByLabel("E-mail").FillAsync("leerplicht@gemeente.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Status doorgeven" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Doorgegeven", new() { Timeout = BrowserTimeout });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var closed = await lvs.WaitForAsync(f => f.Is("VerzuimmeldingClosed") && f.Guid("meldingId") == melding.MeldingId, "VerzuimmeldingClosed");
        Assert.Equal((melding.Meldingsnummer, "terug-naar-school", "leerling-gezien-door-gemeente"),
            (closed.Text("meldingsnummer"), closed.Text("redenAfgesloten"), closed.Text("toelichtingAfsluiting")));
        Assert.Equal(DuoStatus.G, hub.StandIn.Store.CurrentStatus(melding.Meldingsnummer));

        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var audit = await connection.QuerySingleAsync<(string Actor, string Detail)>(
            "SELECT actor, detail FROM console_audit WHERE action = 'bureau.status-gezet' AND object_id = @id", new { id = melding.MeldingId.ToString() });
        Assert.Equal(hub.Bureau.Name, audit.Actor);
        Assert.StartsWith("status=afgesloten; reden=terug-naar-school", audit.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("M. Leerplicht", audit.Detail, StringComparison.Ordinal);

        await page.ReloadAsync();
        await Assertions.Expect(StatusRows(page)).ToContainTextAsync(new[] { "Status", "afgesloten" }, new() { Timeout = BrowserTimeout }); // the table, not the form's own "afgesloten" label
    }

    [Fact]
    public async Task Should_send_each_status_to_the_schools_feedback_queue_when_a_bureau_user_sets_in_behandeling_and_then_ter_kennisneming_aangenomen()
    {
        await using var lvs = await hub.ConnectSchoolAsync();
        var melding = await hub.NewMeldingAsync(lvs, 202); // not the fixture's: another test closes that one and expects its only audited status
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        var page = browser.Page;
        await browser.LoginAsync(hub.Bureau);

        await (await InboxLinkAsync(page, melding.Meldingsnummer)).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/Bureau/Melding/{melding.MeldingId}$"), new() { Timeout = BrowserTimeout });
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).ToContainTextAsync(melding.PersoonsgebondenNummer, new() { Timeout = BrowserTimeout });

        await page.GetByLabel("in behandeling", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Status doorgeven" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("in behandeling", new() { Timeout = BrowserTimeout });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var inBehandeling = await lvs.WaitForAsync(f => f.Is("VerzuimmeldingStatusChanged") && f.Guid("meldingId") == melding.MeldingId && f.Text("status") == "in-behandeling",
            "VerzuimmeldingStatusChanged in-behandeling");
        Assert.Equal(melding.Meldingsnummer, inBehandeling.Text("meldingsnummer"));
        Assert.Equal(DuoStatus.B, hub.StandIn.Store.CurrentStatus(melding.Meldingsnummer));

        await page.GetByLabel("ter kennisneming aangenomen", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Status doorgeven" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ter kennisneming aangenomen", new() { Timeout = BrowserTimeout });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var kennisgeving = await lvs.WaitForAsync(
            f => f.Is("VerzuimmeldingStatusChanged") && f.Guid("meldingId") == melding.MeldingId && f.Text("status") == "ter-kennisgeving-aangenomen",
            "VerzuimmeldingStatusChanged ter-kennisgeving-aangenomen");
        Assert.Equal(melding.Meldingsnummer, kennisgeving.Text("meldingsnummer"));
        Assert.Equal(DuoStatus.K, hub.StandIn.Store.CurrentStatus(melding.Meldingsnummer));

        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var audit = (await connection.QueryAsync<(string Actor, string Detail)>(
            "SELECT actor, detail FROM console_audit WHERE action = 'bureau.status-gezet' AND object_id = @id ORDER BY at", new { id = melding.MeldingId.ToString() })).ToList();
        Assert.Equal(new[] { hub.Bureau.Name, hub.Bureau.Name }, audit.Select(a => a.Actor));
        Assert.StartsWith("status=in-behandeling;", audit[0].Detail, StringComparison.Ordinal);
        Assert.StartsWith("status=ter-kennisneming-aangenomen;", audit[1].Detail, StringComparison.Ordinal);

        await page.ReloadAsync();
        await Assertions.Expect(StatusRows(page)).ToContainTextAsync(new[] { "Status", "in behandeling", "ter kennisneming aangenomen" }, new() { Timeout = BrowserTimeout });
    }

    [Fact]
    public async Task Should_answer_404_when_a_bureau_user_of_another_organisation_opens_the_melding_by_url()
    {
        var melding = await hub.RegisteredMeldingAsync();
        await using var owner = await BrowserSession.StartAsync(hub.BaseAddress);
        await owner.LoginAsync(hub.Bureau);
        await InboxLinkAsync(owner.Page, melding.Meldingsnummer); // routed to the owner: it exists
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        await browser.LoginAsync(hub.OtherBureau);

        var response = await browser.Page.GotoAsync($"/Bureau/Melding/{melding.MeldingId}");

        Assert.Equal(404, response!.Status);
        await browser.Page.GotoAsync($"/Bureau?q={melding.Meldingsnummer}&weergave=alle");
        await Assertions.Expect(browser.Page.GetByRole(AriaRole.Main)).ToContainTextAsync("Geen meldingen gevonden", new() { Timeout = BrowserTimeout });
        await Accessibility.AssertNoSeriousViolationsAsync(browser.Page);
    }

    [Fact]
    public async Task Should_find_the_pupil_without_the_nummer_in_any_url_when_a_bureau_user_searches_by_persoonsgebonden_nummer()
    {
        var melding = await hub.RegisteredMeldingAsync();
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        var page = browser.Page;
        await browser.LoginAsync(hub.Bureau);
        await InboxLinkAsync(page, melding.Meldingsnummer, all: true); // the fixture's melding may be closed by another test
        var urls = new List<string>();
        page.Request += (_, request) => urls.Add(request.Url);

        await page.GetByLabel("Zoek een leerling op persoonsgebonden nummer").FillAsync(melding.PersoonsgebondenNummer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Leerling zoeken" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/Bureau\?.*leerling="), new() { Timeout = BrowserTimeout });
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = melding.Meldingsnummer, Exact = true })).ToBeVisibleAsync(new() { Timeout = BrowserTimeout });
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("meldingen van één leerling", new() { Timeout = BrowserTimeout });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.NotEmpty(urls);
        Assert.DoesNotContain(urls, url => url.Contains(melding.PersoonsgebondenNummer, StringComparison.Ordinal));
        var pseudonym = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["leerling"];

        await using var other = await BrowserSession.StartAsync(hub.BaseAddress);
        await other.LoginAsync(hub.OtherBureau);
        await other.Page.GetByLabel("Zoek een leerling op persoonsgebonden nummer").FillAsync(melding.PersoonsgebondenNummer);
        await other.Page.GetByRole(AriaRole.Button, new() { Name = "Leerling zoeken" }).ClickAsync();
        await Assertions.Expect(other.Page.GetByRole(AriaRole.Main)).ToContainTextAsync("geen meldingen over een leerling met dit nummer", new() { Timeout = BrowserTimeout });
        await Accessibility.AssertNoSeriousViolationsAsync(other.Page);

        await using var connection = await hub.DataSource.OpenConnectionAsync();
        var audited = (await connection.QueryAsync<(string Actor, string ObjectId)>(
            "SELECT actor, object_id FROM console_audit WHERE action = 'bureau.leerling-gezocht' ORDER BY at")).ToList();
        Assert.Contains((hub.Bureau.Name, pseudonym!), audited);
        Assert.Contains((hub.OtherBureau.Name, "niet-gevonden"), audited);
        Assert.DoesNotContain(audited, a => a.ObjectId.Contains(melding.PersoonsgebondenNummer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_show_the_error_and_record_nothing_when_afgesloten_is_chosen_without_a_reden()
    {
        var melding = await hub.RegisteredMeldingAsync();
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        var page = browser.Page;
        await browser.LoginAsync(hub.Bureau);
        await InboxLinkAsync(page, melding.Meldingsnummer);
        var before = await StatusesSetAsync(melding.MeldingId);

        await page.GotoAsync($"/Bureau/Melding/{melding.MeldingId}");
        await page.GetByLabel("afgesloten", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Status doorgeven" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Kies bij afgesloten de reden.", new() { Timeout = BrowserTimeout });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.Equal(before, await StatusesSetAsync(melding.MeldingId));
    }

    private async Task<long> StatusesSetAsync(Guid meldingId)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM partner_statuses WHERE melding_id = @meldingId", new { meldingId });
    }

    /// <summary>The rows of the melding page's table of the statuses the organisation set (its header row first).</summary>
    private static ILocator StatusRows(IPage page) =>
        page.GetByRole(AriaRole.Table, new() { Name = "Statussen van uw organisatie, oudste eerst" }).GetByRole(AriaRole.Row);

    /// <summary>The inbox's link to the melding; the routing stage may finish a moment after DUO registered it, so reload until it is listed.</summary>
    private static async Task<ILocator> InboxLinkAsync(IPage page, string meldingsnummer, bool all = false)
    {
        var deadline = DateTime.UtcNow + Lvs.Bound;
        while (true)
        {
            await page.GotoAsync(all ? "/Bureau?weergave=alle" : "/Bureau");
            var link = page.GetByRole(AriaRole.Link, new() { Name = meldingsnummer, Exact = true });
            if (await link.CountAsync() == 1)
            {
                return link;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new Xunit.Sdk.XunitException($"Melding {meldingsnummer} not in the inbox within {Lvs.Bound.TotalSeconds} s.");
            }

            await Task.Delay(500);
        }
    }
}
