using System.Text.RegularExpressions;
using IntegrationHub.Console.Tests.Bureau;
using IntegrationHub.Console.Tests.Support;
using IntegrationHub.Contracts.V1;
using IntegrationHub.Infrastructure.Persistence.Directory;
using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.Jgz;

/// <summary>
/// The JGZ screens in Chromium against the real worker and console: a referral reaches the JGZ only for a pupil with
/// recorded consent, and advice given in the console goes through the partner intake (consent checked again) to the
/// school's feedback queue.
/// </summary>
public sealed class JgzReferralTests(PartnerHubFixture hub) : IClassFixture<PartnerHubFixture>
{
    /// <summary>A page after a POST and a redirect may take a while on a loaded machine (Playwright's expect waits 5 s by default).</summary>
    private const float BrowserTimeout = 30_000;

    private const string FourSickReports = "4-ziekmeldingen-in-12-schoolweken";

    [Fact]
    public async Task Should_list_only_the_consented_pupils_referral_and_bring_its_advice_to_the_school_when_a_jgz_user_gives_advice()
    {
        await hub.Directory.SetJgzAsync(new JgzAssignment(hub.SchoolBrin, null, PartnerHubFixture.JgzOrganisation, JgzAssignment.Consent,
            new DateOnly(2025, 1, 1), null, "test", Illustrative: true), CancellationToken.None);
        await using var lvs = await hub.ConnectSchoolAsync();
        var withConsent = LvsFacts.Pupil(211);
        var without = LvsFacts.Pupil(212);
        await lvs.PublishAllAsync([
            LvsFacts.Enrolment(hub.SchoolBrin, withConsent), LvsFacts.Enrolment(hub.SchoolBrin, without),
            LvsFacts.Consent(hub.SchoolBrin, withConsent, "consent-mazl-211", ConsentScope.MazlReferral),
            LvsFacts.Consent(hub.SchoolBrin, withConsent, "consent-advies-211", ConsentScope.JgzAdviceToSchool),
            .. LvsFacts.SickEpisodes(hub.SchoolBrin, withConsent), .. LvsFacts.SickEpisodes(hub.SchoolBrin, without)]);
        foreach (var pupil in new[] { withConsent, without })
        {
            var finding = await lvs.WaitForAsync(f => f.Is("FindingRaised") && f.Text("criterion") == FourSickReports && f.Text("lvsPupilKey") == pupil.LvsPupilKey,
                $"the MAZL finding of {pupil.LvsPupilKey}");
            await lvs.PublishAllAsync([LvsFacts.Conversation(hub.SchoolBrin, pupil, finding.Text("findingId")!)]);
        }

        var sent = await lvs.WaitForAsync(f => f.Is("MazlReferralSent") && f.Text("lvsPupilKey") == withConsent.LvsPupilKey, "MazlReferralSent");
        var blocked = await lvs.WaitForAsync(f => f.Is("MazlReferralBlocked") && f.Text("lvsPupilKey") == without.LvsPupilKey, "MazlReferralBlocked");
        Assert.Equal("consent.missing", blocked.Text("reason"));
        var referralId = sent.Guid("referralId")!.Value;

        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        var page = browser.Page;
        await browser.LoginAsync(hub.Jgz);
        Assert.EndsWith("/Jgz", page.Url, StringComparison.Ordinal);
        var rows = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row);
        await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = BrowserTimeout }); // the header and one referral
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).Not.ToContainTextAsync(withConsent.PersoonsgebondenNummer);

        await rows.Nth(1).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/Jgz/Verwijzing/{referralId}$"), new() { Timeout = BrowserTimeout });
        await Assertions.Expect(main).ToContainTextAsync("4e ziekmelding binnen 12 schoolweken", new() { Timeout = BrowserTimeout });
        await Assertions.Expect(main).Not.ToContainTextAsync(withConsent.PersoonsgebondenNummer);
        await Assertions.Expect(main).Not.ToContainTextAsync(withConsent.LvsPupilKey);
        await Assertions.Expect(main.GetByRole(AriaRole.Textbox, new() { Name = "diagnose" })).ToHaveCountAsync(0);
        Assert.Equal(0, await main.Locator("textarea").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("gedeeltelijk deelnemen").CheckAsync();
        await page.GetByLabel("beperkt", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Opbouwen vanaf (uren per week)").FillAsync("12");
        await page.GetByLabel("rustmomenten").CheckAsync();
        await page.GetByLabel("aangepast rooster").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Advies versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Doorgestuurd", new() { Timeout = BrowserTimeout });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var advice = await lvs.WaitForAsync(f => f.Is("JgzAdviceReceived") && f.Guid("referralId") == referralId, "JgzAdviceReceived");
        Assert.Equal(("gedeeltelijk", "beperkt", withConsent.LvsPupilKey, "consent-advies-211"),
            (advice.Text("participation"), advice.Text("loadCapacity"), advice.Text("lvsPupilKey"), advice.Text("consentId")));
        Assert.Equal(12, advice.Message.GetProperty("startHoursPerWeek").GetInt32());
        Assert.Equal(["aangepast-rooster", "rustmomenten"], advice.Message.GetProperty("adjustments").EnumerateArray().Select(a => a.GetString()).Order());
    }

    [Fact]
    public async Task Should_answer_404_when_a_jgz_user_opens_a_referral_that_was_not_sent_to_the_organisation()
    {
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        await browser.LoginAsync(hub.Jgz);

        var response = await browser.Page.GotoAsync($"/Jgz/Verwijzing/{Guid.CreateVersion7()}");

        Assert.Equal(404, response!.Status);
    }
}
