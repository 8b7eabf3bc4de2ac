namespace IntegrationHub.Console.Shared;

/// <summary>What the _Paging partial needs of a page of a list.</summary>
public interface IPagedList
{
    int Pagina { get; }

    int PageCount { get; }

    int Total { get; }

    int FirstNumber { get; }

    int LastNumber { get; }
}
