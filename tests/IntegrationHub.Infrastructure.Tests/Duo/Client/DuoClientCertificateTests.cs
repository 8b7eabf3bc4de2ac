using IntegrationHub.Application.Duo;

namespace IntegrationHub.Infrastructure.Tests.Duo.Client;

/// <summary>Two-way TLS: the stand-in requires a client certificate it trusts, as DUO does.</summary>
public sealed class DuoClientCertificateTests
{
    [Fact]
    public async Task Should_present_the_client_certificate_when_the_stand_in_requires_one()
    {
        await using var harness = await DuoClientHarness.StartAsync();

        var result = await harness.Register.MeldenAsync(DuoClientSamples.Melding(20), CancellationToken.None);

        Assert.True(result.IsRegistered);
        Assert.Equal(harness.ClientCertificate.Thumbprint, Assert.Single(harness.StandIn.Store.ClientCertificateThumbprints), StringComparer.OrdinalIgnoreCase);
        Assert.StartsWith("https://", harness.StandIn.Endpoint.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_fail_without_sending_when_the_client_certificate_is_missing()
    {
        await using var harness = await DuoClientHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["ClientCertificatePath"] = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.pfx"),
        });

        var thrown = await Assert.ThrowsAsync<DuoUnavailableException>(() => harness.Register.MeldenAsync(DuoClientSamples.Melding(21), CancellationToken.None));

        Assert.Contains("client-certificate-unreadable", thrown.Message, StringComparison.Ordinal);
        Assert.Empty(harness.StandIn.Store.Calls);
    }

    [Fact]
    public async Task Should_fail_when_the_stand_in_does_not_trust_the_client_certificate()
    {
        await using var harness = await DuoClientHarness.StartAsync(
            settings: new Dictionary<string, string?> { ["RetryCount"] = "1" }, trustClient: false);

        await Assert.ThrowsAsync<DuoUnavailableException>(() => harness.Register.MeldenAsync(DuoClientSamples.Melding(22), CancellationToken.None));

        Assert.Empty(harness.StandIn.Store.Calls);
        Assert.Empty(harness.StandIn.Store.Registrations);
    }

    [Fact]
    public async Task Should_refuse_a_server_certificate_that_does_not_match_the_pin()
    {
        await using var harness = await DuoClientHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["RetryCount"] = "0",
            ["PinnedServerCertificateSha256"] = new string('A', 64),
        });

        await Assert.ThrowsAsync<DuoUnavailableException>(() => harness.Register.MeldenAsync(DuoClientSamples.Melding(23), CancellationToken.None));

        Assert.Empty(harness.StandIn.Store.Calls);
    }
}
