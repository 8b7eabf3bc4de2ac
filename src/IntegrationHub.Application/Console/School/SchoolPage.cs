namespace IntegrationHub.Application.Console.School;

/// <summary>One page of a school list: the rows asked for and how many match in all (for paging).</summary>
public sealed record SchoolPage<T>(IReadOnlyList<T> Items, int Total);
