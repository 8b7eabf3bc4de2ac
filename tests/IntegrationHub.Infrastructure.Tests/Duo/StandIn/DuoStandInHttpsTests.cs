using System.Security.Cryptography.X509Certificates;
using IntegrationHub.DuoStandIn;
using IntegrationHub.Infrastructure.Tests.Duo.Wire;

namespace IntegrationHub.Infrastructure.Tests.Duo.StandIn;

public sealed class DuoStandInHttpsTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task Should_refuse_a_client_without_a_certificate_when_one_is_required()
    {
        using var server = SelfSignedCertificates.Create("duo-standin", Now.AddDays(-1), Now.AddDays(30));
        await using var standIn = await DuoStandInServer.StartAsync(new DuoStandInOptions { ServerCertificate = server, RequireClientCertificate = true });
        using var caller = new StandInCaller(new HttpClient(Handler(standIn, null)), standIn.Endpoint);

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => caller.MeldenAsync(StandInSamples.Melding()));

        Assert.Empty(standIn.Store.Registrations);
        Assert.Empty(standIn.Store.Calls);
    }

    [Fact]
    public async Task Should_register_and_record_the_thumbprint_when_the_client_presents_a_certificate()
    {
        using var server = SelfSignedCertificates.Create("duo-standin", Now.AddDays(-1), Now.AddDays(30));
        using var client = SelfSignedCertificates.Create("hub-client", Now.AddDays(-1), Now.AddDays(30));
        await using var standIn = await DuoStandInServer.StartAsync(new DuoStandInOptions { ServerCertificate = server, RequireClientCertificate = true });
        using var caller = new StandInCaller(new HttpClient(Handler(standIn, client)), standIn.Endpoint);

        var result = await caller.MeldenAsync(StandInSamples.Melding());

        Assert.True(result.IsRegistered);
        Assert.Equal("https", standIn.Endpoint.Scheme);
        Assert.Equal(client.Thumbprint, Assert.Single(standIn.Store.ClientCertificateThumbprints), ignoreCase: true);
    }

    [Fact]
    public async Task Should_refuse_a_client_certificate_that_is_not_trusted_when_thumbprints_are_configured()
    {
        using var server = SelfSignedCertificates.Create("duo-standin", Now.AddDays(-1), Now.AddDays(30));
        using var trusted = SelfSignedCertificates.Create("hub-client", Now.AddDays(-1), Now.AddDays(30));
        using var stranger = SelfSignedCertificates.Create("someone-else", Now.AddDays(-1), Now.AddDays(30));
        await using var standIn = await DuoStandInServer.StartAsync(new DuoStandInOptions
        {
            ServerCertificate = server, RequireClientCertificate = true, TrustedClientThumbprints = new HashSet<string> { trusted.Thumbprint },
        });
        using var caller = new StandInCaller(new HttpClient(Handler(standIn, stranger)), standIn.Endpoint);

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => caller.MeldenAsync(StandInSamples.Melding()));

        Assert.Empty(standIn.Store.Registrations);
    }

    [Fact]
    public void Should_create_a_certificate_with_a_private_key_and_the_chosen_expiry()
    {
        var notAfter = new DateTimeOffset(2027, 1, 31, 12, 0, 0, TimeSpan.Zero);

        using var certificate = SelfSignedCertificates.Create("hub-client", notAfter.AddYears(-1), notAfter);

        Assert.True(certificate.HasPrivateKey);
        Assert.Equal(notAfter.UtcDateTime, certificate.NotAfter.ToUniversalTime());
        Assert.Equal("CN=hub-client", certificate.Subject);
    }

    private static HttpClientHandler Handler(DuoStandInServer standIn, X509Certificate2? clientCertificate)
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => standIn.IsServerCertificate(certificate),
            ClientCertificateOptions = ClientCertificateOption.Manual,
        };
        if (clientCertificate is not null)
        {
            handler.ClientCertificates.Add(clientCertificate);
        }

        return handler;
    }
}
