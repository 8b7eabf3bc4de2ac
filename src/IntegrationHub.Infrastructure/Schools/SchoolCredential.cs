namespace IntegrationHub.Infrastructure.Schools;

/// <summary>An active credential as found by its secret: which school it speaks for.</summary>
public sealed record SchoolCredential(string CredentialId, string Brin);
