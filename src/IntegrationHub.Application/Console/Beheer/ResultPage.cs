namespace IntegrationHub.Application.Console.Beheer;

/// <summary>One page of a Beheer list: its rows and how many rows the whole list has.</summary>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, int Total);
