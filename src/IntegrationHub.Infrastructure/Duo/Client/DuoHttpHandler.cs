using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>
/// The primary handler of the "duo" HttpClient: two-way TLS with the configured client certificate, and the server's
/// certificate checked by the normal chain validation or, when a pin is configured, by its SHA-256 hash. The handler
/// factory builds a new one every handler lifetime, so a renewed certificate file is used without a restart.
/// </summary>
internal static class DuoHttpHandler
{
    /// <summary>
    /// The handler; when the client certificate cannot be read, a handler that fails every request with
    /// <see cref="DuoRejectedException"/> (so the next handler, a handler lifetime later, tries the file again).
    /// </summary>
    public static HttpMessageHandler Create(DuoClientOptions options)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = DuoClientCertificate.Load(options);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            return new MissingCertificateHandler(e);
        }

        var pin = options.NormalisedPin;
        return new CertificateOwner(certificate, new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            SslOptions = new SslClientAuthenticationOptions
            {
                ClientCertificates = new X509CertificateCollection { certificate },
                RemoteCertificateValidationCallback = (_, serverCertificate, _, errors) =>
                    pin.Length == 0 ? errors == SslPolicyErrors.None : Matches(serverCertificate, pin),
            },
        });
    }

    /// <summary>Disposes the certificate with the handler (the factory disposes an expired handler once it is unused).</summary>
    private sealed class CertificateOwner(X509Certificate2 certificate, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                certificate.Dispose();
            }
        }
    }

    private sealed class MissingCertificateHandler(Exception reason) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new DuoRejectedException("client-certificate-unreadable", null, reason);
    }

    private static bool Matches(X509Certificate? serverCertificate, string pin) =>
        serverCertificate is not null
        && string.Equals(Convert.ToHexString(SHA256.HashData(serverCertificate.GetRawCertData())), pin, StringComparison.Ordinal);
}
