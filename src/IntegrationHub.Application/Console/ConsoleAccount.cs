namespace IntegrationHub.Application.Console;

/// <summary>A local console account (no password): its role and what it is bound to (organisation or BRIN).</summary>
public sealed record ConsoleAccount(string Name, string Role, string? OrganisationId, string? Brin, DateTimeOffset CreatedAt, bool Disabled);
