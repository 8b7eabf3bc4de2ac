using System.Net;
using System.Net.Sockets;
using IntegrationHub.DuoStandIn;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Worker.Tests.Input;

/// <summary>
/// TLS-only mode of the HTTP side (Gateways:Http:Tls): with a certificate configured, Kestrel serves HTTPS on the TLS
/// port and no plain HTTP at all, not even on the Urls address. Natively, with a generated self-signed certificate.
/// </summary>
public sealed class TlsOnlyTests : IDisposable
{
    private const string Password = "tls-test-password";
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-tls-").FullName;

    [Fact]
    public async Task Should_serve_https_and_no_plain_http_when_a_certificate_is_configured()
    {
        using var certificate = SelfSignedCertificates.Create("localhost", TimeProvider.System, TimeSpan.FromDays(1));
        var pfx = Path.Combine(_directory, "gateway.pfx");
        SelfSignedCertificates.WritePfx(certificate, pfx, Password);
        var (httpPort, httpsPort) = (FreePort(), FreePort());

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{httpPort}");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gateways:Http:Tls:CertificatePath"] = pfx,
            ["Gateways:Http:Tls:CertificatePassword"] = Password,
            ["Gateways:Http:Tls:Port"] = httpsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Services.AddHttpGateway(builder.Configuration);
        await using var app = builder.Build();
        app.MapGet("/ping", () => "pong");
        await app.StartAsync();

        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
        };
        using var https = new HttpClient(handler);
        using var plain = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };

        Assert.Equal("pong", await https.GetStringAsync(new Uri($"https://127.0.0.1:{httpsPort}/ping")));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => plain.GetStringAsync(new Uri($"http://127.0.0.1:{httpPort}/ping")));
        var onTlsPort = await TryPlainAsync(plain, new Uri($"http://127.0.0.1:{httpsPort}/ping"));
        Assert.NotEqual(HttpStatusCode.OK, onTlsPort);
        await app.StopAsync();
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Plain HTTP to the TLS port: refused, closed or answered with an error, never served.</summary>
    private static async Task<HttpStatusCode?> TryPlainAsync(HttpClient client, Uri uri)
    {
        try
        {
            using var response = await client.GetAsync(uri);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
