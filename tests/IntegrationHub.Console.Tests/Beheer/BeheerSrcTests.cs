using IntegrationHub.Console.Tests.Support;
using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.Beheer;

/// <summary>The operator's Adresboek for JGZ on a running hub: assigning a school's JGZ from a date, searched and paged by the store.</summary>
public sealed class BeheerSrcTests(ConsoleHubFixture hub) : IClassFixture<ConsoleHubFixture>
{
    [Fact]
    public async Task Should_set_a_jgz_assignment_from_a_date_and_show_it_when_an_operator_edits_the_jgz_directory()
    {
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        var page = browser.Page;
        await browser.LoginAsync(hub.Operator);

        await page.GotoAsync("/Beheer/Adresboek");
        await page.GetByRole(AriaRole.Link, new() { Name = "Adresboek: school naar JGZ" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Adresboek: school naar JGZ");
        await page.GotoAsync("/Beheer/Adresboek/Jgz?q=34CD");
        var shipped = page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^JGZ-toewijzingen op") });
        await Assertions.Expect(shipped).ToContainTextAsync("jgz-ggd-groningen");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByLabel("BRIN-code", new() { Exact = true }).FillAsync("98xy");
        await page.GetByLabel("JGZ-organisatie", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "jgz-utrecht" });
        await page.GetByLabel("Kennisgeving aan de ouders").CheckAsync();
        await page.GetByLabel("Geldig vanaf", new() { Exact = true }).FillAsync("2031-09-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "JGZ opslaan" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("98XY: JGZ toegewezen.");
        Assert.Contains("q=98XY", page.Url, StringComparison.Ordinal);
        Assert.Contains("datum=2031-09-01", page.Url, StringComparison.Ordinal);
        var assigned = page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^JGZ-toewijzingen op 1-9-2031 \\(1\\)") });
        var row = assigned.GetByRole(AriaRole.Row).Filter(new() { HasText = "98XY" });
        await Assertions.Expect(row).ToContainTextAsync("jgz-utrecht");
        await Assertions.Expect(row).ToContainTextAsync("kennisgeving aan de ouders");
        await Assertions.Expect(row).ToContainTextAsync("1-9-2031");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.Equal(1, await hub.DataSource.AuditRowsAsync("directory.set-jgz", hub.Operator.Name));

        await page.GotoAsync("/Beheer/Adresboek/Jgz?q=98XY&datum=2031-08-31");
        await Assertions.Expect(page.GetByText("Geen JGZ-toewijzingen gevonden op 31-8-2031.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Should_refuse_a_malformed_brin_and_pass_axe_when_an_operator_submits_the_jgz_form()
    {
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        var page = browser.Page;
        await browser.LoginAsync(hub.Operator);

        await page.GotoAsync("/Beheer/Adresboek/Jgz");
        await page.GetByLabel("BRIN-code", new() { Exact = true }).FillAsync("ABCD");
        await page.GetByLabel("JGZ-organisatie", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "jgz-utrecht" });
        await page.GetByRole(AriaRole.Button, new() { Name = "JGZ opslaan" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Een BRIN-code is twee cijfers gevolgd door twee letters");
        await Assertions.Expect(page.GetByLabel("BRIN-code", new() { Exact = true })).ToHaveValueAsync("ABCD");
        Assert.EndsWith("/Beheer/Adresboek/Jgz", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
