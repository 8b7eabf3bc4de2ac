namespace IntegrationHub.Console.Tests.Support;

/// <summary>
/// The console hub with sign-in through an OpenID Connect provider (<see cref="TestOidcProvider"/>, started first, on its
/// own port) and local accounts switched off (Console:LocalAccounts:Enabled=false). The provider's user is a bureau
/// user of lp-groningen.
/// </summary>
public sealed class OidcConsoleHubFixture : ConsoleHubFixture
{
    public TestOidcProvider Provider { get; private set; } = null!;

    protected override IDictionary<string, string> ConsoleSettings => new Dictionary<string, string>
    {
        ["Console__Oidc__Authority"] = Provider.Authority.ToString(),
        ["Console__Oidc__ClientId"] = TestOidcProvider.ClientId,
        ["Console__Oidc__ClientSecret"] = TestOidcProvider.ClientSecret,
        ["Console__Oidc__RequireHttpsMetadata"] = "false",
        ["Console__LocalAccounts__Enabled"] = "false",
    };

    public override async Task InitializeAsync()
    {
        Provider = await TestOidcProvider.StartAsync(new TestOidcUser("sub-7f3a", "a.jansen@lp-groningen.example", "bureau", BureauOrganisation, null));
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }
    }
}
