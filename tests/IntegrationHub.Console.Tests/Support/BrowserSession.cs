using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.Support;

/// <summary>
/// A headless Chromium from Debian (/usr/bin/chromium) driven by Playwright, with a fresh profile, on the console's
/// address. Playwright's own browser download is never used: the executable is always given. One page,
/// <see cref="Page"/>; relative URLs resolve against the console.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _context;
    private readonly string _profile;

    private BrowserSession(IPlaywright playwright, IBrowserContext context, IPage page, string profile)
    {
        _playwright = playwright;
        _context = context;
        Page = page;
        _profile = profile;
    }

    public IPage Page { get; }

    public static async Task<BrowserSession> StartAsync(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}: install Debian's chromium package (infra/test.sh does).");
        }

        var profile = Path.Combine(Path.GetTempPath(), "hub-console-chromium-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(profile);
        var playwright = await Playwright.CreateAsync();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            BaseURL = baseAddress.ToString(),
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // The bound for a navigation or an action, not a measure: 30 s, as the tests' own waits after a POST. The first
        // navigation of a class can be a cold sign-in round trip (the console, the in-process OIDC provider, the
        // callback); on a shared machine under load that once took more than 20 s (CI of 2026-12-02).
        context.SetDefaultTimeout(30_000);
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        return new BrowserSession(playwright, context, page, profile);
    }

    /// <summary>Signs in on the login page and waits until the browser has left it (on the role's start page or the return URL).</summary>
    public async Task LoginAsync(string name, string password)
    {
        await Page.GotoAsync("/Account/Inloggen");
        await Page.GetByLabel("Gebruikersnaam").FillAsync(name);
        await Page.GetByLabel("Wachtwoord").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        try
        {
            await Page.WaitForURLAsync(url => !url.Contains("/Account/Inloggen", StringComparison.OrdinalIgnoreCase), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        }
        catch (TimeoutException ex)
        {
            throw new InvalidOperationException($"Login as {name} failed: still on {Page.Url}: {await Page.Locator("main").InnerTextAsync()}", ex);
        }
    }

    public Task LoginAsync(ConsoleAccountLogin account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return LoginAsync(account.Name, account.Password);
    }

    /// <summary>Signs out through the header bar's form.</summary>
    public async Task LogoutAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await Page.WaitForURLAsync("**/Account/Uitloggen");
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        _playwright.Dispose();
        try
        {
            System.IO.Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a file for a moment; the temp folder is cleaned up by the system.
        }
    }
}
