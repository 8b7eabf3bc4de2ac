using IntegrationHub.Application.Intake;
using IntegrationHub.Infrastructure.Schools;

namespace IntegrationHub.Worker.Http;

/// <summary>Finds the school an <c>Authorization: Bearer &lt;api key&gt;</c> header speaks for, by the key's SHA-256.</summary>
public sealed class SchoolAuthenticator(ISchoolStore store)
{
    private const string Scheme = "Bearer ";

    /// <returns>The school and credential, or null for a missing, malformed, unknown or revoked key.</returns>
    public async Task<SchoolIdentity?> AuthenticateAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var key = authorization[Scheme.Length..].Trim();
        if (key.Length == 0)
        {
            return null;
        }

        var credential = await store.FindActiveHttpCredentialAsync(ApiKey.Sha256Hex(key), cancellationToken);
        return credential is null ? null : new SchoolIdentity(credential.Brin, credential.CredentialId);
    }
}
