using IntegrationHub.Console.Tests.Support;
using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.Access;

public sealed class LoginTests(ConsoleHubFixture hub) : IClassFixture<ConsoleHubFixture>
{
    [Fact]
    public async Task Should_show_the_operator_start_page_when_an_operator_logs_in()
    {
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);

        await browser.Page.GotoAsync("/");
        Assert.Contains("/Account/Inloggen", browser.Page.Url, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(browser.Page);
        await browser.LoginAsync(hub.Operator);

        Assert.EndsWith("/Beheer", browser.Page.Url, StringComparison.Ordinal);
        await Assertions.Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(browser.Page.GetByRole(AriaRole.Banner)).ToContainTextAsync(hub.Operator.Name);
        await Accessibility.AssertNoSeriousViolationsAsync(browser.Page);
    }

    [Fact]
    public async Task Should_show_accessible_error_and_logout_pages_when_a_school_user_strays_and_leaves()
    {
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);
        await browser.LoginAsync(hub.School);
        Assert.EndsWith("/School", browser.Page.Url, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(browser.Page);

        await browser.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(browser.Page.Locator(":focus")).ToHaveTextAsync("Naar de inhoud");

        var forbidden = await browser.Page.GotoAsync("/Beheer");
        Assert.Equal(403, forbidden!.Status);
        await Assertions.Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
        await Accessibility.AssertNoSeriousViolationsAsync(browser.Page);

        var missing = await browser.Page.GotoAsync("/School/bestaat-niet");
        Assert.Equal(404, missing!.Status);
        await Assertions.Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pagina niet gevonden");
        await Accessibility.AssertNoSeriousViolationsAsync(browser.Page);

        await browser.LogoutAsync();
        await Assertions.Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("U bent uitgelogd");
        await Accessibility.AssertNoSeriousViolationsAsync(browser.Page);
    }
}
