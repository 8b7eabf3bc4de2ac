namespace IntegrationHub.Console.Tests.Support;

/// <summary>A local console account the fixture made, with its password (for <see cref="BrowserSession.LoginAsync(ConsoleAccountLogin)"/>).</summary>
public sealed record ConsoleAccountLogin(string Name, string Password, string Role, string? OrganisationId, string? Brin);
