using IntegrationHub.Console.Tests.Support;
using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.Access;

/// <summary>Sign-in through an OpenID Connect provider (OpenIddict in the test process), local accounts switched off.</summary>
public sealed class OidcLoginTests(OidcConsoleHubFixture hub) : IClassFixture<OidcConsoleHubFixture>
{
    [Fact]
    public async Task Should_land_on_the_bureau_start_page_when_a_bureau_user_logs_in_through_the_provider()
    {
        await using var browser = await BrowserSession.StartAsync(hub.BaseAddress);

        await browser.Page.GotoAsync("/");
        await browser.Page.WaitForURLAsync(url => url.EndsWith("/Bureau", StringComparison.Ordinal));

        Assert.Equal(1, hub.Provider.Authorizations);
        await Assertions.Expect(browser.Page.GetByRole(AriaRole.Banner)).ToContainTextAsync(hub.Provider.User.Name);
        await Assertions.Expect(browser.Page.GetByRole(AriaRole.Banner)).ToContainTextAsync(ConsoleHubFixture.BureauOrganisation);
        await Accessibility.AssertNoSeriousViolationsAsync(browser.Page);
        await using var command = hub.DataSource.CreateCommand("SELECT count(*) FROM console_audit WHERE action = 'inloggen' AND detail = 'oidc' AND actor = $1 AND role = 'bureau'");
        command.Parameters.AddWithValue(hub.Provider.User.Name);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Should_refuse_a_local_account_when_local_accounts_are_switched_off()
    {
        using var session = new ConsoleHttpSession(hub.BaseAddress);

        using var login = await session.GetAsync("/Account/Inloggen");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("/Account/Oidc", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
