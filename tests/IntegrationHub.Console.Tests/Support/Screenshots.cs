using IntegrationHub.Testing;
using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.Support;

/// <summary>Screenshots for the README: docs/screenshots/&lt;name&gt;.png in the repository, the whole page.</summary>
public static class Screenshots
{
    public static string Folder => Path.Combine(ContractsPackage.RepositoryRoot, "docs", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = Path.Combine(Folder, name + ".png");
        System.IO.Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
