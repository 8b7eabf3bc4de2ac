using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Application.Tests.Harness;

/// <summary>
/// The one shared fixture for consumer tests: MassTransit's in-memory test harness with hooks to add the
/// consumer under test and the services it needs.
/// </summary>
public abstract class ConsumerHarness : IAsyncLifetime
{
    private ServiceProvider? _provider;

    protected ITestHarness Harness { get; private set; } = null!;

    protected IServiceProvider Services => _provider!;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        ConfigureServices(services);
        services.AddMassTransitTestHarness(bus =>
        {
            if (InactivityTimeout is { } inactivity)
            {
                bus.SetTestTimeouts(testInactivityTimeout: inactivity);
            }

            ConfigureBus(bus);
        });
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        Harness = _provider.GetRequiredService<ITestHarness>();
        await Harness.Start();
    }

    public async Task DisposeAsync()
    {
        await Harness.Stop();
        await _provider!.DisposeAsync();
    }

    /// <summary>
    /// How long the harness waits with no bus activity before a lookup such as <c>Published.Any</c> gives up; null keeps
    /// MassTransit's default (1.2 s), which keeps "nothing was published" assertions quick. A class that only asserts
    /// what does arrive, through a consumer that holds messages for a while (a batch's time limit), sets a longer one.
    /// </summary>
    protected virtual TimeSpan? InactivityTimeout => null;

    /// <summary>Register the consumer's ports (stores, clocks).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Register the consumer under test, with its definition.</summary>
    protected abstract void ConfigureBus(IBusRegistrationConfigurator bus);
}
