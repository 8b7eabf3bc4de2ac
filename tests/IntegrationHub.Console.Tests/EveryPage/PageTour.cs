using IntegrationHub.Console.Tests.Support;
using IntegrationHub.Testing;
using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.EveryPage;

/// <summary>
/// A walk over the console's pages: each visit checks the status, the page's h1 and (for a detail or list page) the data
/// it must show, runs axe-core and records which page file it was. <see cref="RoutablePages"/> lists every Razor page in
/// src/IntegrationHub.Console/Pages (a .cshtml file starting with @page), so a test can require that every one was visited.
/// </summary>
public sealed class PageTour
{
    private const float Timeout = 30_000;
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<string> _violations = [];

    public IReadOnlyCollection<string> Visited => _visited;

    /// <summary>The axe-core reports of the pages with serious or critical violations (empty when there were none).</summary>
    public IReadOnlyList<string> Violations => _violations;

    /// <summary>Every routable page of the console, as its path under Pages without ".cshtml" (e.g. "Beheer/Berichten/Groep").</summary>
    public static IReadOnlyList<string> RoutablePages()
    {
        var root = Path.Combine(ContractsPackage.RepositoryRoot, "src", "IntegrationHub.Console", "Pages");
        return [.. System.IO.Directory.EnumerateFiles(root, "*.cshtml", SearchOption.AllDirectories)
            .Where(file => File.ReadLines(file).FirstOrDefault(line => line.Trim().Length > 0)?.TrimStart().StartsWith("@page", StringComparison.Ordinal) == true)
            .Select(file => Path.ChangeExtension(Path.GetRelativePath(root, file), null).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Opens <paramref name="url"/> and checks it as <see cref="CheckAsync"/> does, with the answer's status.</summary>
    public async Task VisitAsync(IPage page, string pageFile, string url, string heading, string? shows = null, int status = 200)
    {
        ArgumentNullException.ThrowIfNull(page);
        var response = await page.GotoAsync(url);
        Assert.True(response is not null && response.Status == status, $"{url} answered {response?.Status} instead of {status}.");
        await CheckAsync(page, pageFile, heading, shows);
    }

    /// <summary>Checks the page as it is now: its h1 contains <paramref name="heading"/>, its main area <paramref name="shows"/>; then axe-core.</summary>
    public async Task CheckAsync(IPage page, string pageFile, string heading, string? shows = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading, new() { Timeout = Timeout });
        if (shows is not null)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(shows, new() { Timeout = Timeout });
        }

        if (await Accessibility.SeriousViolationsAsync(page) is { } report)
        {
            _violations.Add($"{pageFile}: {report}");
        }

        _visited.Add(pageFile);
    }
}
