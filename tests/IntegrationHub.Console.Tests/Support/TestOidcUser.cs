namespace IntegrationHub.Console.Tests.Support;

/// <summary>The user the <see cref="TestOidcProvider"/> signs in, with the claims a real provider would map.</summary>
public sealed record TestOidcUser(string Subject, string Name, string Role, string? OrganisationId, string? Brin);
