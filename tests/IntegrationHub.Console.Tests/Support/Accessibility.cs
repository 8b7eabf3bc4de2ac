using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IntegrationHub.Console.Tests.Support;

/// <summary>axe-core (Deque.AxeCore.Playwright) on the page as it is now: fails on any serious or critical violation, listing them all.</summary>
public static class Accessibility
{
    private static readonly string[] Failing = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        if (await SeriousViolationsAsync(page) is { } report)
        {
            Assert.Fail(report);
        }
    }

    /// <summary>The report of every serious or critical violation on the page as it is now, or null when there is none.</summary>
    public static async Task<string?> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        var violations = result.Violations.Where(v => Failing.Contains(v.Impact)).ToArray();
        if (violations.Length == 0)
        {
            return null;
        }

        var report = new StringBuilder().AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"axe-core: {violations.Length} serious or critical violation(s) on {page.Url}");
        foreach (var violation in violations)
        {
            report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"- [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                report.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    {node.Target}  {node.Html}");
            }
        }

        return report.ToString();
    }
}
