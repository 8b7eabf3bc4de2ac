using System.Security.Cryptography.X509Certificates;

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>Reads the configured client certificate (PKCS#12) from disk, afresh on every call, so a renewed file is picked up.</summary>
internal static class DuoClientCertificate
{
    /// <summary>The certificate with its private key. Throws when the file is missing, unreadable or has no private key.</summary>
    public static X509Certificate2 Load(DuoClientOptions options)
    {
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.ClientCertificatePath, options.ClientCertificatePassword);
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException("The DUO client certificate has no private key.");
        }

        return certificate;
    }
}
