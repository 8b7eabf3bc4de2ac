using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Worker.Http;

/// <summary>
/// Section "Gateways:Http:Tls". With <see cref="CertificatePath"/> set, Kestrel listens on <see cref="Address"/>:
/// <see cref="Port"/> with HTTPS only; the plain HTTP address (Urls) is not served. The password comes from the
/// environment or user settings (Gateways__Http__Tls__CertificatePassword), never from a committed file.
/// </summary>
public sealed class HttpGatewayTlsOptions
{
    /// <summary>A PKCS#12 (.pfx) file with the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>The address to listen on: 127.0.0.1 by default, 0.0.0.0 in a container.</summary>
    [Required]
    public string Address { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 5443;

    public bool Enabled => !string.IsNullOrWhiteSpace(CertificatePath);
}
