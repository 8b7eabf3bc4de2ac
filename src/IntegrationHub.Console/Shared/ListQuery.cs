namespace IntegrationHub.Console.Shared;

/// <summary>
/// A list's search and page from the query string (<c>?q=...&amp;pagina=2</c>), so every state of a list is a deep link.
/// Bind it as a handler parameter (<c>OnGetAsync(ListQuery lijst)</c>: q and pagina bind by name) and pass
/// <see cref="Offset"/> and <see cref="Limit"/> to the store. Pages are numbered from 1; 25 items per page.
/// </summary>
public sealed class ListQuery
{
    public const int PageSize = 25;
    private const int MaximumSearchLength = 200;
    private string? _q;
    private int _pagina = 1;

    /// <summary>The search text, trimmed; null when empty.</summary>
    public string? Q
    {
        get => _q;
        set
        {
            var text = value?.Trim();
            _q = string.IsNullOrEmpty(text) ? null : text[..Math.Min(text.Length, MaximumSearchLength)];
        }
    }

    /// <summary>The page, from 1 (anything lower is page 1).</summary>
    public int Pagina
    {
        get => _pagina;
        set => _pagina = Math.Max(1, value);
    }

    public int Offset => (Pagina - 1) * PageSize;

    public int Limit => PageSize;
}
