using Dapper;
using IntegrationHub.Application.Console;
using IntegrationHub.Application.Routing;
using IntegrationHub.Console.Tests.Support;
using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.School;

/// <summary>
/// The school screens in Chromium against the real worker and console: a school user answers a "beslissing nodig" with
/// intrekken and the partner's queue receives the withdrawal; another school's melding by URL answers 404; axe on every page.
/// </summary>
public sealed class SchoolScreensTests(ConsoleHubFixture hub) : IClassFixture<ConsoleHubFixture>
{
    private const string Reason = "Les bleek overmacht (sneeuw); de melding was onterecht.";

    [Fact]
    public async Task Should_send_the_withdrawal_to_the_partner_when_a_school_user_answers_beslissing_nodig_with_intrekken()
    {
        await using var partner = await QueueReader.PartnerAsync(hub.VirtualHost.Name, PartnerKind.Leerplicht, ConsoleHubFixture.BureauOrganisation);
        await using var lvs = await QueueReader.SchoolAsync(hub.VirtualHost.Name, hub.SchoolBrin, hub.SchoolCredentials.AmqpUsername, hub.SchoolCredentials.AmqpPassword!);
        var pupil = new SixteenHours(hub.SchoolBrin, 601);
        await pupil.SendAsync(lvs);
        var notification = await partner.WaitForAsync(m => m.ShortType == "VerzuimmeldingNotification");
        var meldingId = notification.MeldingId!.Value;
        await pupil.SendCorrectionAsync(lvs);
        await lvs.WaitForAsync(m => m.ShortType == "VerzuimmeldingDecisionRequired" && m.MeldingId == meldingId);

        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        await browser.LoginAsync(hub.School);
        var page = browser.Page;
        await page.GotoAsync("/School");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("wacht op uw beslissing");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = pupil.LvsPupilKey }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Beslissing nodig" })).ToBeVisibleAsync();
        Assert.EndsWith("/School/Melding/" + meldingId, page.Url, StringComparison.OrdinalIgnoreCase);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "school-beslissing-nodig");

        await page.GetByLabel("Intrekken", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("Reden").FillAsync(Reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Beslissing versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw beslissing is ontvangen");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var withdrawn = await partner.WaitForAsync(m => m.ShortType == "VerzuimmeldingNotificationUpdated" && m.MeldingId == meldingId);
        Assert.Equal("ingetrokken", withdrawn.Text("change"));
        Assert.DoesNotContain(Reason, withdrawn.Message.GetRawText(), StringComparison.Ordinal);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Ingetrokken");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Beslissing nodig" })).ToHaveCountAsync(0);

        var audit = await AuditAsync("melding.beslissing", meldingId.ToString());
        var entry = Assert.Single(audit);
        Assert.Equal((hub.School.Name, ConsoleRoles.School), (entry.Actor, entry.Role));
        Assert.StartsWith("intrekken; accepted", entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("overmacht", entry.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(pupil.Bsn, hub.ConsoleOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_404_when_a_school_user_opens_another_schools_melding_by_url()
    {
        var meldingId = await SeedMeldingAsync(hub.SchoolBrin);
        var otherSchool = await hub.ProvisionSchoolAsync();
        var other = await hub.CreateAccountAsync("school-andere", ConsoleRoles.School, brin: otherSchool.Brin);

        await using var own = await BrowserSession.StartAsync(hub.BaseAddress);
        await own.LoginAsync(hub.School);
        var mine = await own.Page.GotoAsync("/School/Melding/" + meldingId);
        Assert.Equal(200, mine!.Status);

        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        await browser.LoginAsync(other);
        var response = await browser.Page.GotoAsync("/School/Melding/" + meldingId);

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(browser.Page.Locator("main")).Not.ToContainTextAsync("lvs-seeded");
        await Accessibility.AssertNoSeriousViolationsAsync(browser.Page);
        var list = await browser.Page.GotoAsync("/School?q=lvs-seeded");
        Assert.Equal(200, list!.Status);
        await Assertions.Expect(browser.Page.Locator("main")).ToContainTextAsync("Er zijn geen meldingen");
    }

    [Fact]
    public async Task Should_show_findings_and_advice_pages_with_search_and_no_serious_axe_violations_when_a_school_user_opens_them()
    {
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        await browser.LoginAsync(hub.School);

        foreach (var (path, heading) in new[] { ("/School/Bevindingen?q=iets&pagina=2", "Voorlopige bevindingen"), ("/School/Adviezen?q=iets", "Adviezen van de jeugdgezondheidszorg"), ("/School?beslissing=true", "Verzuimmeldingen van uw school") })
        {
            var response = await browser.Page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await Assertions.Expect(browser.Page.GetByRole(AriaRole.Searchbox, new() { Name = "Zoeken" })).ToHaveValueAsync(path.Contains("q=iets", StringComparison.Ordinal) ? "iets" : "");
            await Accessibility.AssertNoSeriousViolationsAsync(browser.Page);
        }
    }

    private async Task<Guid> SeedMeldingAsync(string brin)
    {
        var meldingId = Guid.NewGuid();
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO school_pupils (pupil_pseudonym, brin, vestiging, lvs_pupil_key, updated_at) VALUES ('seeded-pupil', @brin, '00', 'lvs-seeded', now())
            ON CONFLICT DO NOTHING;
            INSERT INTO meldingen (melding_id, finding_id, pupil_pseudonym, brin, vestiging, kind, state, begindatum, payload, created_at, updated_at)
            VALUES (@meldingId, 'seeded-finding', 'seeded-pupil', @brin, '00', 'melding-16-uur', 'gereed', DATE '2026-09-08', '{}'::jsonb, now(), now());
            """, new { meldingId, brin });
        return meldingId;
    }

    private async Task<IReadOnlyList<AuditRow>> AuditAsync(string action, string objectId)
    {
        await using var connection = await hub.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<AuditRow>(
            "SELECT actor, role, detail FROM console_audit WHERE action = @action AND object_id = @objectId", new { action, objectId })).ToList();
    }

    private sealed record AuditRow(string Actor, string Role, string Detail);
}
