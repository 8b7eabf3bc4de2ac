using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Polling;
using IntegrationHub.Infrastructure.Messaging.Outbox;
using IntegrationHub.Infrastructure.Tests.Support;
using IntegrationHub.Testing.Duo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Tests.Duo.Status;

/// <summary>
/// AddDuoStatusLoop as a process wires it: the poller runs a poll at start, the health check is registered Degraded-only,
/// and the relay (in whichever process runs it) knows the feedback types the loop writes.
/// </summary>
public sealed class DuoStatusWiringTests(DuoStatusWiringTests.Fixture fixture) : IClassFixture<DuoStatusWiringTests.Fixture>
{
    [Fact]
    public async Task Should_poll_duo_at_start_and_keep_the_watermark_when_the_status_loop_is_added()
    {
        var poller = fixture.Services.GetServices<IHostedService>().OfType<DuoStatusPoller>().Single();
        Assert.Single(fixture.Services.GetServices<IHostedService>().OfType<PartnerOverdueWatch>());

        await poller.StartAsync(CancellationToken.None);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!fixture.Register.Calls.OfType<DateTimeOffset>().Any())
            {
                Assert.True(DateTime.UtcNow < deadline, "The poller did not ask DUO within 30 s.");
                await Task.Delay(50);
            }
        }
        finally
        {
            await poller.StopAsync(CancellationToken.None);
        }

        var registration = fixture.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Single(r => r.Name == DuoStatusServiceCollectionExtensions.HealthCheckName);
        Assert.Equal(HealthStatus.Degraded, registration.FailureStatus);
        Assert.Equal(14, fixture.Services.GetRequiredService<IOptions<DuoStatusOptions>>().Value.PartnerOverdueAfterDays);
        using var relay = new ServiceCollection().AddOutboxRelay().BuildServiceProvider();
        var types = relay.GetServices<OutboxMessageType>().Select(t => t.Type.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "VerzuimmeldingStatusChanged", "VerzuimmeldingClosed", "VerzuimmeldingWithdrawalRegistered", "PartnerStatusOverdue" }, types);
    }

    [Fact]
    public void Should_refuse_to_start_when_a_setting_is_out_of_range()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Duo:Status:PartnerOverdueAfterDays"] = "0" }).Build();
        using var services = new ServiceCollection().AddLogging().AddDuoStatusStore(configuration).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DuoStatusOptions>>().Value);
    }

    public sealed class Fixture : MigratedDatabase
    {
        public InMemoryDuoRegister Register { get; } = new(TimeProvider.System);

        protected override void Configure(IServiceCollection services)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Duo:Status:PollInterval"] = "00:10:00" }).Build();
            services.AddSingleton<IDuoRegister>(Register);
            services.AddDuoStatusLoop(configuration);
            services.AddHealthChecks().AddDuoPollHealthCheck();
        }
    }
}
