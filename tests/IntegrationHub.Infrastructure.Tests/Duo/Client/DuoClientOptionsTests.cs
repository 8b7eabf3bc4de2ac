using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace IntegrationHub.Infrastructure.Tests.Duo.Client;

/// <summary>"Duo:Client" is bound and validated; AddDuoClient wires the port, the named pipeline and the checks.</summary>
public sealed class DuoClientOptionsTests
{
    private static readonly Dictionary<string, string?> Valid = new()
    {
        ["Duo:Client:Endpoint"] = "https://duo.example/verzuimregister",
        ["Duo:Client:ClientCertificatePath"] = "/etc/hub/duo-client.pfx",
        ["Duo:Client:CircuitBreakDuration"] = "00:01:00",
    };

    [Fact]
    public void Should_bind_the_settings_when_they_are_valid()
    {
        using var services = Build(Valid);

        var options = services.GetRequiredService<IOptions<DuoClientOptions>>().Value;

        Assert.Equal(new Uri("https://duo.example/verzuimregister"), options.Endpoint);
        Assert.Equal(TimeSpan.FromMinutes(1), options.CircuitBreakDuration);
        Assert.Equal(30, options.CertificateWarningDays);
        Assert.IsType<SoapDuoRegister>(services.GetRequiredService<IDuoRegister>());
        Assert.NotNull(services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline("duo"));
    }

    [Theory]
    [InlineData("Duo:Client:Endpoint", "http://duo.example/verzuimregister")]
    [InlineData("Duo:Client:Endpoint", null)]
    [InlineData("Duo:Client:ClientCertificatePath", null)]
    [InlineData("Duo:Client:PinnedServerCertificateSha256", "not-a-hash")]
    [InlineData("Duo:Client:CircuitFailureRatio", "1.5")]
    [InlineData("Duo:Client:RetryCount", "-1")]
    public void Should_refuse_the_settings_when_one_is_wrong(string key, string? value)
    {
        var settings = new Dictionary<string, string?>(Valid) { [key] = value };
        using var services = Build(settings);

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DuoClientOptions>>().Value);
    }

    [Fact]
    public async Task Should_register_both_health_checks_when_asked()
    {
        var services = new ServiceCollection().AddLogging().AddDuoClient(new ConfigurationBuilder().AddInMemoryCollection(Valid).Build());
        services.AddHealthChecks().AddDuoClientHealthChecks("ready");
        await using var provider = services.BuildServiceProvider();

        var registrations = provider.GetRequiredService<IOptions<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckServiceOptions>>().Value.Registrations;

        Assert.Equal(["duo-client-certificate", "duo-circuit"], registrations.Select(r => r.Name));
        Assert.All(registrations, r => Assert.Contains("ready", r.Tags));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging().AddDuoClient(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
}
