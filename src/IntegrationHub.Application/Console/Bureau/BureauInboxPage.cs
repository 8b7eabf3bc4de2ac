namespace IntegrationHub.Application.Console.Bureau;

/// <summary>One page of the inbox and how many meldingen match in all.</summary>
public sealed record BureauInboxPage(IReadOnlyList<BureauInboxItem> Items, int Total);
