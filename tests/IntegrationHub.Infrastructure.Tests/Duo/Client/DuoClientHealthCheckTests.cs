using IntegrationHub.DuoStandIn;
using IntegrationHub.Infrastructure.Duo.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Infrastructure.Tests.Duo.Client;

/// <summary>The certificate health check on generated certificates, with an injected clock.</summary>
public sealed class DuoClientHealthCheckTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly string _directory = Directory.CreateTempSubdirectory("duo-cert-").FullName;

    [Fact]
    public async Task Should_be_degraded_with_the_expiry_date_when_the_certificate_expires_within_30_days()
    {
        var result = await CheckAsync(validFor: TimeSpan.FromDays(10));

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("2026-12-11", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_be_healthy_when_the_certificate_is_valid_for_60_days()
    {
        var result = await CheckAsync(validFor: TimeSpan.FromDays(60));

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Contains("2027-01-30", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_be_unhealthy_when_the_certificate_has_expired()
    {
        var result = await CheckAsync(validFor: TimeSpan.FromDays(10), after: TimeSpan.FromDays(11));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("expired on 2026-12-11", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_be_unhealthy_when_the_certificate_cannot_be_read()
    {
        var check = new DuoCertificateHealthCheck(Options(Path.Combine(_directory, "missing.pfx")), _time);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.NotNull(result.Exception);
    }

    [Fact]
    public async Task Should_be_degraded_while_the_circuit_is_open_and_healthy_when_closed()
    {
        await using var harness = await DuoClientHarness.StartAsync(
            new DuoStandInFaults { Down = true },
            new Dictionary<string, string?> { ["RetryCount"] = "0", ["CircuitMinimumThroughput"] = "2", ["CircuitBreakDuration"] = "00:05:00" });
        var check = new DuoCircuitHealthCheck(harness.Circuit);
        var closed = await check.CheckHealthAsync(new HealthCheckContext());

        for (var n = 30; n < 32; n++)
        {
            await Assert.ThrowsAsync<Application.Duo.DuoUnavailableException>(() => harness.Register.MeldenAsync(DuoClientSamples.Melding(n), CancellationToken.None));
        }

        var open = await check.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Healthy, closed.Status);
        Assert.Equal(HealthStatus.Degraded, open.Status);
        Assert.Contains("open", open.Description, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<HealthCheckResult> CheckAsync(TimeSpan validFor, TimeSpan? after = null)
    {
        var now = _time.GetUtcNow();
        using var certificate = SelfSignedCertificates.Create("hub-duo-client", now.AddDays(-1), now + validFor);
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.pfx");
        SelfSignedCertificates.WritePfx(certificate, path, "test-only");
        _time.Advance(after ?? TimeSpan.Zero);
        var check = new DuoCertificateHealthCheck(Options(path, "test-only"), _time);
        return await check.CheckHealthAsync(new HealthCheckContext());
    }

    private static IOptions<DuoClientOptions> Options(string path, string? password = null) => Microsoft.Extensions.Options.Options.Create(new DuoClientOptions
    {
        Endpoint = new Uri("https://duo.example/verzuimregister"),
        ClientCertificatePath = path,
        ClientCertificatePassword = password,
    });
}
