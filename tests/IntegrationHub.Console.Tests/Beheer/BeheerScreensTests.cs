using IntegrationHub.Application.Messaging;
using IntegrationHub.Console.Tests.Support;
using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.Beheer;

/// <summary>The operator's other screens on a running hub: the overview, parked meldingen, the directory and the schools.</summary>
public sealed class BeheerScreensTests(ConsoleHubFixture hub) : IClassFixture<ConsoleHubFixture>
{
    [Fact]
    public async Task Should_show_the_workers_heartbeat_and_the_queues_when_an_operator_opens_the_overview()
    {
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        var page = browser.Page;
        await browser.LoginAsync(hub.Operator);

        await page.GotoAsync("/Beheer");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Overzicht");
        var health = page.GetByRole(AriaRole.Table, new() { Name = "Gezondheid van de onderdelen" });
        await Assertions.Expect(health.GetByRole(AriaRole.Row, new() { Name = "Database" })).ToContainTextAsync("In orde");
        await Assertions.Expect(health.GetByRole(AriaRole.Row, new() { Name = "Berichtenbroker (RabbitMQ)" })).ToContainTextAsync("In orde");
        var workers = page.GetByRole(AriaRole.Table, new() { Name = "Workerprocessen en hun hartslag" });
        await Assertions.Expect(workers).ToContainTextAsync("Actief");
        var queues = page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Wachtrijen: diepte en doorvoer") });
        await Assertions.Expect(queues).ToContainTextAsync(Topology.IntakeQueue);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Wat in de hub wacht" })).ToContainTextAsync("Mislukte berichten");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "overview");

        await page.GetByLabel("Zoek een wachtrij").FillAsync("intake_error");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(queues).ToContainTextAsync("(1)");
        Assert.Contains("q=intake_error", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_list_nothing_parked_and_pass_axe_when_an_operator_opens_parked_meldingen()
    {
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        var page = browser.Page;
        await browser.LoginAsync(hub.Operator);

        await page.GotoAsync("/Beheer/Geparkeerd?q=GM9999");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geparkeerde meldingen");
        await Assertions.Expect(page.GetByText("Er is niets geparkeerd dat bij de zoekopdracht past.")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Should_set_a_route_from_a_date_and_show_it_when_an_operator_edits_the_directory()
    {
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        var page = browser.Page;
        await browser.LoginAsync(hub.Operator);

        await page.GotoAsync("/Beheer/Adresboek?q=Groningen");
        var routes = page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Routes op") });
        await Assertions.Expect(routes).ToContainTextAsync("GM0014");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("Gemeentecode", new() { Exact = true }).FillAsync("GM0014");
        await page.GetByLabel("Organisatie", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "lp-almere" });
        await page.GetByLabel("Geldig vanaf", new() { Exact = true }).FillAsync("2031-08-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Route opslaan" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("GM0014");
        Assert.Contains("datum=2031-08-01", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Routes op 1-8-2031") })).ToContainTextAsync("1-8-2031");
        Assert.Equal(1, await hub.DataSource.AuditRowsAsync("directory.set-leerplicht", hub.Operator.Name));
    }

    [Fact]
    public async Task Should_show_a_new_http_key_once_and_the_duo_certificate_state_when_an_operator_rotates_a_schools_key()
    {
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        var page = browser.Page;
        await browser.LoginAsync(hub.Operator);

        await page.GotoAsync("/Beheer/Scholen?q=" + hub.SchoolBrin);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Scholen");
        await Assertions.Expect(page.GetByText("Er is geen DUO-clientcertificaat ingesteld")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe HTTP-sleutel voor " + hub.SchoolBrin }).ClickAsync();
        var secret = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(secret).ToContainTextAsync("Nu eenmalig zichtbaar");
        await Assertions.Expect(secret).ToContainTextAsync("HTTP-sleutel");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync("/Beheer/Scholen?q=" + hub.SchoolBrin);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Aangesloten scholen") })).ToContainTextAsync("2 actief");
        Assert.Equal(1, await hub.DataSource.AuditRowsAsync("schools.rotate-http-key", hub.Operator.Name));
    }
}
