using System.Text.RegularExpressions;

namespace IntegrationHub.Infrastructure.Schools;

/// <summary>A BRIN code as the hub accepts it in names and credentials: two digits and two capitals or digits (12AB).</summary>
public static partial class Brin
{
    public static bool IsValid(string? brin) => brin is not null && Pattern().IsMatch(brin);

    [GeneratedRegex("^[0-9]{2}[0-9A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
