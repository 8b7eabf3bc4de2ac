using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Application.Tests.Harness;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Application.Tests.Signalering;

/// <summary>Without the definition's retries, so that the fault shows at once.</summary>
public sealed class PupilEventRecordedConsumerFaultTests : ConsumerHarness
{
    private readonly InMemorySignaleringStore _store = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ILedgerReader>(new InMemoryLedger());
        services.AddSingleton<ISignaleringStore>(_store);
        services.AddSingleton<ISignaleringContextSource, FixedContextSource>();
        services.AddSingleton(TimeProvider.System);
    }

    protected override void ConfigureBus(IBusRegistrationConfigurator bus) => bus.AddConsumer<PupilEventRecordedConsumer>();

    [Fact]
    public async Task Should_fault_rather_than_acknowledge_when_the_ledger_entry_is_missing()
    {
        await Harness.Bus.Publish(new PupilEventRecorded(PupilEvents.Pupil, 4242, Guid.NewGuid(), "AttendanceRecorded"));

        Assert.True(await Harness.Published.Any<Fault<PupilEventRecorded>>());
        Assert.Empty(_store.Committed);
    }
}
