using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace IntegrationHub.DuoStandIn;

/// <summary>
/// Self-signed test certificates (RSA 2048, SHA-256) for the stand-in and the hub's client, with a chosen validity: usable
/// as a server certificate for 127.0.0.1 / localhost and as a client certificate. Never for production (DUO requires
/// PKIoverheid certificates).
/// </summary>
public static class SelfSignedCertificates
{
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";

    /// <summary>A certificate for CN=<paramref name="commonName"/>, valid from <paramref name="notBefore"/> to <paramref name="notAfter"/>, with its private key.</summary>
    public static X509Certificate2 Create(string commonName, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthentication), new Oid(ClientAuthentication)], false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());

        using var created = request.CreateSelfSigned(notBefore, notAfter);
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null, X509KeyStorageFlags.Exportable);
    }

    /// <summary>A certificate valid from a day before <paramref name="time"/>'s now until <paramref name="validFor"/> after it.</summary>
    public static X509Certificate2 Create(string commonName, TimeProvider time, TimeSpan validFor)
    {
        var now = time.GetUtcNow();
        return Create(commonName, now.AddDays(-1), now + validFor);
    }

    /// <summary>Writes the certificate with its private key as a PKCS#12 file (for the demo's configuration).</summary>
    public static void WritePfx(X509Certificate2 certificate, string path, string? password) =>
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
}
