namespace IntegrationHub.Console.Access;

/// <summary>The console's authentication scheme names.</summary>
public static class ConsoleAuthentication
{
    public const string OidcScheme = "oidc";
}
