namespace IntegrationHub.Infrastructure.Persistence.Console.Beheer;

/// <summary>A search text made safe for ILIKE ... ESCAPE '\': its own wildcards match literally.</summary>
internal static class SearchText
{
    public static string EscapeLike(string text) =>
        text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
