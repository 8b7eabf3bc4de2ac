using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Worker.Http;

/// <summary>
/// TLS-only mode (<see cref="HttpGatewayTlsOptions"/>): one HTTPS endpoint from the configured certificate. An explicit
/// Listen replaces the Urls addresses, so Kestrel then serves no plain HTTP at all.
/// </summary>
internal sealed class HttpsOnlyKestrel(IOptions<HttpGatewayOptions> gateway) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tls = gateway.Value.Tls;
        if (!tls.Enabled)
        {
            return;
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(tls.CertificatePath!, tls.CertificatePassword);
        options.Listen(IPAddress.Parse(tls.Address), tls.Port, listen => listen.UseHttps(certificate));
    }
}
