namespace IntegrationHub.Console.Access;

/// <summary>
/// Section "Console": local accounts (LocalAccounts:Enabled, default true) and the OpenID Connect provider
/// (Oidc:Authority, ClientId, ClientSecret; sign-in through it is offered when Authority is set).
/// </summary>
public sealed class ConsoleAccessOptions
{
    public const string SectionName = "Console";

    public LocalAccountsOptions LocalAccounts { get; set; } = new();

    public OidcOptions Oidc { get; set; } = new();

    public sealed class LocalAccountsOptions
    {
        public bool Enabled { get; set; } = true;
    }

    public sealed class OidcOptions
    {
        public string? Authority { get; set; }

        public string? ClientId { get; set; }

        public string? ClientSecret { get; set; }

        /// <summary>Only for a test provider on http://127.0.0.1; production providers use https.</summary>
        public bool RequireHttpsMetadata { get; set; } = true;

        public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);
    }
}
