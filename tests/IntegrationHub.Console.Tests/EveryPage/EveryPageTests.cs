using System.Text.RegularExpressions;
using IntegrationHub.Application.Console;
using IntegrationHub.Console.Tests.Support;
using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.EveryPage;

/// <summary>
/// Every page of the console in Chromium against the real worker and console, with data on it: each role signs in and
/// opens every page it can reach (lists with rows, detail pages, a form with its errors, the error pages), axe-core runs
/// on each, and a routable page in src/IntegrationHub.Console/Pages that the walk did not open fails the test. And the
/// school's own provisional finding and JGZ advice, which another school's user does not see.
/// </summary>
public sealed class EveryPageTests(PopulatedHubFixture hub) : IClassFixture<PopulatedHubFixture>
{
    [Fact]
    public async Task Should_report_no_serious_or_critical_axe_violation_when_each_role_opens_every_page_it_can_reach()
    {
        var data = await hub.PopulatedAsync();
        var tour = new PageTour();
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        var page = browser.Page;

        await tour.VisitAsync(page, "Account/Inloggen", "/Account/Inloggen", "Inloggen");
        await page.GetByLabel("Gebruikersnaam").FillAsync(hub.Operator.Name);
        await page.GetByLabel("Wachtwoord").FillAsync("niet-het-wachtwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await tour.CheckAsync(page, "Account/Inloggen", "Inloggen", "De combinatie van gebruikersnaam en wachtwoord is onjuist");
        await tour.VisitAsync(page, "Account/Oidc", "/Account/Oidc", "Pagina niet gevonden", status: 404); // only with Console:Oidc set; here the 404 page

        await browser.LoginAsync(hub.Operator);
        await OperatorPagesAsync(tour, page, data);
        await browser.LogoutAsync();
        await tour.CheckAsync(page, "Account/Uitloggen", "U bent uitgelogd");

        await browser.LoginAsync(hub.Bureau);
        await tour.VisitAsync(page, "Bureau/Index", "/Bureau?weergave=alle", "Verzuimmeldingen van uw organisatie", data.Melding.Meldingsnummer);
        await tour.VisitAsync(page, "Bureau/Melding", $"/Bureau/Melding/{data.Melding.MeldingId}", "Verzuimmelding " + data.Melding.Meldingsnummer,
            data.Melding.PersoonsgebondenNummer);
        await browser.LogoutAsync();

        await browser.LoginAsync(hub.Jgz);
        await tour.VisitAsync(page, "Jgz/Index", "/Jgz?weergave=alle", "MAZL-verwijzingen aan uw organisatie");
        await Assertions.Expect(page.Locator($"main a[href$='/Jgz/Verwijzing/{data.ReferralId}']")).ToHaveCountAsync(1);
        await tour.VisitAsync(page, "Jgz/Verwijzing", $"/Jgz/Verwijzing/{data.ReferralId}", "MAZL-verwijzing voor leerling", "4e ziekmelding binnen 12 schoolweken");
        await browser.LogoutAsync();

        await browser.LoginAsync(hub.School);
        await tour.VisitAsync(page, "School/Index", "/School", "Verzuimmeldingen van uw school", LvsFacts201Key);
        await tour.VisitAsync(page, "School/Melding", $"/School/Melding/{data.Melding.MeldingId}", "Verzuimmelding:", data.Melding.Meldingsnummer);
        await tour.VisitAsync(page, "School/Bevindingen", "/School/Bevindingen", "Voorlopige bevindingen", data.ProvisionalPupilKey);
        await tour.VisitAsync(page, "School/Adviezen", "/School/Adviezen", "Adviezen van de jeugdgezondheidszorg", data.AdvisedPupilKey);
        await tour.VisitAsync(page, "Fout", "/Beheer", "Geen toegang", status: 403);
        await tour.VisitAsync(page, "Fout", "/School/bestaat-niet", "Pagina niet gevonden", status: 404);

        Assert.True(tour.Violations.Count == 0, string.Join(Environment.NewLine, tour.Violations));
        Assert.Empty(PageTour.RoutablePages().Except(tour.Visited, StringComparer.Ordinal)); // a new page needs a visit here
        Assert.Empty(tour.Visited.Except(PageTour.RoutablePages(), StringComparer.Ordinal)); // and every visit names a real page
    }

    [Fact]
    public async Task Should_show_the_provisional_finding_and_the_jgz_advice_only_to_that_school_when_school_users_open_bevindingen_and_adviezen()
    {
        var data = await hub.PopulatedAsync();
        await using var own = await BrowserSession.StartAsync(hub.BaseAddress);
        await own.LoginAsync(hub.School);

        await own.Page.GotoAsync("/School/Bevindingen");
        var finding = own.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = data.ProvisionalPupilKey });
        await Assertions.Expect(finding).ToContainTextAsync("voorlopig");
        await Assertions.Expect(finding).ToContainTextAsync("leerplicht", new() { IgnoreCase = true });
        await Assertions.Expect(own.Page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(data.AdvisedPupilKey); // a MAZL finding is for the JGZ, not listed here
        await own.Page.GotoAsync("/School/Adviezen");
        var advice = own.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = data.AdvisedPupilKey });
        await Assertions.Expect(advice).ToContainTextAsync(ConsoleHubFixture.JgzOrganisation);
        await Assertions.Expect(advice).ToContainTextAsync("gedeeltelijk");
        await Assertions.Expect(advice).ToContainTextAsync("rustmomenten");

        var otherSchool = await hub.ProvisionSchoolAsync();
        var other = await hub.CreateAccountAsync("school-" + otherSchool.Brin.ToLowerInvariant(), ConsoleRoles.School, brin: otherSchool.Brin);
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        await browser.LoginAsync(other);
        var main = browser.Page.GetByRole(AriaRole.Main);
        await browser.Page.GotoAsync("/School/Bevindingen");
        await Assertions.Expect(main).ToContainTextAsync("Er zijn geen voorlopige bevindingen.");
        await browser.Page.GotoAsync("/School/Bevindingen?q=" + data.ProvisionalPupilKey);
        await Assertions.Expect(main).ToContainTextAsync("Er zijn geen voorlopige bevindingen die aan uw zoekopdracht voldoen.");
        await browser.Page.GotoAsync("/School/Adviezen");
        await Assertions.Expect(main).ToContainTextAsync("Er zijn geen adviezen.");
        await browser.Page.GotoAsync("/School/Adviezen?q=" + data.AdvisedPupilKey);
        await Assertions.Expect(main).ToContainTextAsync("Er zijn geen adviezen die aan uw zoekopdracht voldoen.");
        await Assertions.Expect(main).Not.ToContainTextAsync(data.AdvisedPupilKey);
    }

    /// <summary>The LVS key of the pupil of the fixture's registered melding (<see cref="Bureau.PartnerHubFixture.RegisteredMeldingAsync"/>).</summary>
    private static string LvsFacts201Key => Bureau.LvsFacts.Pupil(201).LvsPupilKey;

    private async Task OperatorPagesAsync(PageTour tour, IPage page, PopulatedHub data)
    {
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Beheer$"), new() { Timeout = 30_000 });
        await tour.CheckAsync(page, "Index", "Overzicht"); // the root only sends each role to its start page
        await tour.VisitAsync(page, "Beheer/Index", "/Beheer", "Overzicht", "Workerprocessen");

        await tour.VisitAsync(page, "Beheer/Berichten/Index", "/Beheer/Berichten?q=" + hub.SchoolBrin, "Mislukte berichten", "refused by the console test");
        var causes = page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Oorzaken van mislukte berichten") });
        var group = await causes.GetByRole(AriaRole.Link).First.GetAttributeAsync("href");
        await tour.VisitAsync(page, "Beheer/Berichten/Groep", group!, "Oorzaak:", data.FailedMessageId.ToString());
        await tour.VisitAsync(page, "Beheer/Berichten/Lijst", "/Beheer/Berichten/Lijst?q=" + hub.SchoolBrin, "Alle mislukte berichten", data.FailedMessageId.ToString());
        var message = await page.GetByRole(AriaRole.Link, new() { Name = data.FailedMessageId.ToString() }).GetAttributeAsync("href");
        await tour.VisitAsync(page, "Beheer/Berichten/Bericht", message!, "Mislukt bericht", data.FailedMessageId.ToString());

        await tour.VisitAsync(page, "Beheer/Geparkeerd/Index", "/Beheer/Geparkeerd", "Geparkeerde meldingen", "Woongemeente is geen bekende CBS-gemeentecode");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = data.ParkedMeldingId.ToString() })).ToHaveCountAsync(1);
        await tour.VisitAsync(page, "Beheer/Adresboek/Index", "/Beheer/Adresboek", "Adresboek", "GM0014");
        await tour.VisitAsync(page, "Beheer/Adresboek/Jgz", "/Beheer/Adresboek/Jgz?q=" + hub.SchoolBrin, "Adresboek: school naar JGZ", hub.SchoolBrin);
        await tour.VisitAsync(page, "Beheer/Scholen/Index", "/Beheer/Scholen?q=" + hub.SchoolBrin, "Scholen", hub.SchoolBrin);
        await page.GetByRole(AriaRole.Button, new() { Name = "School aansluiten" }).ClickAsync();
        await tour.CheckAsync(page, "Beheer/Scholen/Index", "Scholen", "Vul de BRIN-code in."); // the connect form with its errors

        await tour.VisitAsync(page, "Beheer/Inzage/Index", "/Beheer/Inzage", "Inzage in verstrekkingen");
        await page.GetByLabel("Persoonsgebonden nummer").FillAsync(data.Melding.PersoonsgebondenNummer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opzoeken" }).ClickAsync();
        await tour.CheckAsync(page, "Beheer/Inzage/Index", "Inzage in verstrekkingen", "Verstrekkingen over leerling");
    }
}
