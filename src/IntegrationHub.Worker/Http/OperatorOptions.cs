using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Worker.Http;

/// <summary>
/// The operator API key (section "Operator"): only its SHA-256, as 64 hex characters, is configured
/// (<c>printf %s "$KEY" | sha256sum</c>). Without it the operator endpoints answer every request with 401.
/// </summary>
public sealed class OperatorOptions
{
    public const string SectionName = "Operator";

    [RegularExpression("^[0-9a-fA-F]{64}$", ErrorMessage = "Operator:ApiKeyHash is the SHA-256 of the key as 64 hex characters.")]
    public string? ApiKeyHash { get; set; }
}
