namespace IntegrationHub.Application.Console;

/// <summary>An account to add: a bureau or JGZ account names its organisation, a school account its BRIN.</summary>
public sealed record NewConsoleAccount(string Name, string Role, string? OrganisationId, string? Brin, string Password);
