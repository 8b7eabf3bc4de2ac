namespace IntegrationHub.Application.Retention;

/// <summary>How many rows of one table an operation changed or removed.</summary>
public sealed record TableCount(string Table, long Rows);
