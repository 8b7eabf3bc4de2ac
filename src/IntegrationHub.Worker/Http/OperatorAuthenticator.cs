using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Worker.Http;

/// <summary>
/// Checks <c>Authorization: Bearer &lt;operator key&gt;</c> against the configured SHA-256 (<see cref="OperatorOptions"/>),
/// comparing the hashes in constant time.
/// </summary>
public sealed class OperatorAuthenticator(IOptions<OperatorOptions> options)
{
    private const string Scheme = "Bearer ";
    private readonly byte[]? _expected = options.Value.ApiKeyHash is { Length: > 0 } hash ? Convert.FromHexString(hash) : null;

    /// <returns>True only for the configured key; false for a missing, malformed or wrong key, or when none is configured.</returns>
    public bool IsOperator(string? authorization)
    {
        if (_expected is null || authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var key = authorization[Scheme.Length..].Trim();
        return key.Length > 0 && CryptographicOperations.FixedTimeEquals(_expected, SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
