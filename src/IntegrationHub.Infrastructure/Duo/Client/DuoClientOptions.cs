using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>
/// The DUO client (section "Duo:Client"). The client certificate (PKCS#12: .pfx/.p12) and its password are configured
/// per machine (environment, user secrets, a secret store) and never committed; only a development value may sit in an
/// appsettings.Development.json. Times are TimeSpans ("00:00:30").
/// </summary>
public sealed class DuoClientOptions : IValidatableObject
{
    public const string SectionName = "Duo:Client";

    /// <summary>DUO's verzuimregister service, an https URL (the SOAP endpoint).</summary>
    [Required]
    public Uri? Endpoint { get; set; }

    /// <summary>Path of the client certificate (PKCS#12) presented in the two-way TLS handshake.</summary>
    [Required]
    public string ClientCertificatePath { get; set; } = "";

    /// <summary>Password of the PKCS#12 file; null when it has none.</summary>
    public string? ClientCertificatePassword { get; set; }

    /// <summary>
    /// Optional: the SHA-256 hash (hex) of the server's certificate. When set, exactly that certificate is accepted even
    /// if it does not chain to a trusted root (a self-signed stand-in); when empty, the normal chain validation applies.
    /// </summary>
    public string? PinnedServerCertificateSha256 { get; set; }

    /// <summary>Time one attempt (one HTTP exchange, or the business-key check and the melden after it) may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt of a call, on transient failures only.</summary>
    [Range(0, 20)]
    public int RetryCount { get; set; } = 3;

    /// <summary>Base delay of the jittered exponential back-off between retries.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The circuit opens when at least this ratio of the attempts in the sampling duration failed transiently.</summary>
    [Range(0.01, 1.0)]
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts in the sampling duration before the circuit may open.</summary>
    [Range(2, 10_000)]
    public int CircuitMinimumThroughput { get; set; } = 10;

    /// <summary>The window over which the failure ratio is measured.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before one trial call (half-open) is let through.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The certificate health check is Degraded from this many days before the client certificate expires.</summary>
    [Range(1, 365)]
    public int CertificateWarningDays { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Endpoint is { } endpoint && (!endpoint.IsAbsoluteUri || endpoint.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("Duo:Client:Endpoint must be an absolute https URL.", [nameof(Endpoint)]);
        }

        if (NormalisedPin is { Length: > 0 } pin && (pin.Length != 64 || !pin.All(char.IsAsciiHexDigit)))
        {
            yield return new ValidationResult("Duo:Client:PinnedServerCertificateSha256 must be a SHA-256 hash in hex.", [nameof(PinnedServerCertificateSha256)]);
        }
    }

    /// <summary>The pin without separators, upper case; empty when none is set.</summary>
    internal string NormalisedPin => Normalise(PinnedServerCertificateSha256 ?? "");

    private static string Normalise(string hex) => hex.Replace(":", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
