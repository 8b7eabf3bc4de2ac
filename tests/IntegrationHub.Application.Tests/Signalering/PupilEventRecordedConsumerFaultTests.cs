using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Application.Tests.Harness;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Application.Tests.Signalering;

/// <summary>
/// Without the definition's retries, so that the fault shows at once. The batch consumer holds a message for its batch
/// time limit (1 s by default) before it runs, which is close to the harness's default inactivity timeout (1.2 s): on a
/// loaded machine the lookup gave up before the fault was published (CI, stop 20). These tests only assert what arrives,
/// so a long inactivity timeout costs nothing when they pass.
/// </summary>
public sealed class PupilEventRecordedConsumerFaultTests : ConsumerHarness
{
    private readonly InMemorySignaleringStore _store = new();
    private readonly InMemoryLedger _ledger = new();

    protected override TimeSpan? InactivityTimeout => TimeSpan.FromSeconds(20);

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ILedgerReader>(_ledger);
        services.AddSingleton<ISignaleringStore>(_store);
        services.AddSingleton<ISignaleringContextSource, FixedContextSource>();
        services.AddSingleton(TimeProvider.System);
    }

    protected override void ConfigureBus(IBusRegistrationConfigurator bus) => bus.AddConsumer<PupilEventsRecordedConsumer>();

    [Fact]
    public async Task Should_fault_rather_than_acknowledge_when_the_ledger_entry_is_missing()
    {
        await Harness.Bus.Publish(new PupilEventsRecorded([new PupilEventRecorded(PupilEvents.Pupil, 4242, Guid.NewGuid(), "AttendanceRecorded")]));

        Assert.True(await Harness.Published.Any<Fault<PupilEventsRecorded>>());
        Assert.Empty(_store.Committed);
    }

    [Fact]
    public async Task Should_fault_the_message_but_keep_its_other_events_applied_when_one_event_of_an_intake_batch_fails_on_its_own()
    {
        var enrolled = _ledger.Append(PupilEvents.Enrolled());
        var absent = _ledger.Append(PupilEvents.SixteenLessonHoursInFourWeeks().First());
        var missing = new PupilEventRecorded("pseudonym-other-pupil", 4242, Guid.NewGuid(), "AttendanceRecorded");

        await Harness.Bus.Publish(new PupilEventsRecorded([Recorded(enrolled), missing, Recorded(absent)]));

        Assert.True(await Harness.Published.Any<Fault<PupilEventsRecorded>>());
        Assert.Equal(2, _store.Committed.Count);
    }

    private static PupilEventRecorded Recorded(LedgerEntry entry) =>
        new(entry.Event.Pupil, entry.Sequence, entry.MessageId, entry.Event.GetType().Name);
}
