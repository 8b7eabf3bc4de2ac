namespace IntegrationHub.Infrastructure.Persistence.Console.School;

/// <summary>A console search text as an ILIKE pattern ("contains"), its wildcards escaped; null for no search.</summary>
internal static class SchoolSearchPattern
{
    public static string? Of(string? search)
    {
        var text = search?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var escaped = text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
        return "%" + escaped + "%";
    }
}
