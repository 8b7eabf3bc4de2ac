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
}
