namespace IntegrationHub.Console.Shared;

/// <summary>
/// One page of a list: its items and the total the store counted with the same filter. Render the items, then
/// <c>&lt;partial name="_Paging" model="Model.Lijst" /&gt;</c>, which links the other pages keeping the query string.
/// </summary>
public sealed class PagedList<T>(IReadOnlyList<T> items, int total, ListQuery query) : IPagedList
{
    public IReadOnlyList<T> Items { get; } = items;

    public int Total { get; } = total;

    public int Pagina { get; } = query?.Pagina ?? 1;

    public int PageCount => Math.Max(1, (Total + ListQuery.PageSize - 1) / ListQuery.PageSize);

    public int FirstNumber => Items.Count == 0 ? 0 : ((Pagina - 1) * ListQuery.PageSize) + 1;

    public int LastNumber => ((Pagina - 1) * ListQuery.PageSize) + Items.Count;

    public static PagedList<T> Empty(ListQuery query) => new([], 0, query);
}
