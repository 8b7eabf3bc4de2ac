using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Application.Tests.Harness;
using IntegrationHub.Domain.Events;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Application.Tests.Signalering;

/// <summary>domain.md section 10: a school year without a calendar is an error an operator sees.</summary>
public sealed class MissingCalendarLogTests : ConsumerHarness
{
    private readonly InMemoryLedger _ledger = new();
    private readonly InMemorySignaleringStore _store = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddFakeLogging();
        services.AddSingleton<ILedgerReader>(_ledger);
        services.AddSingleton<ISignaleringStore>(_store);
        services.AddSingleton<ISignaleringContextSource, FixedContextSource>();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2031, 10, 1, 12, 0, 0, TimeSpan.Zero)));
    }

    protected override void ConfigureBus(IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<PupilEventsRecordedConsumer, PupilEventsRecordedConsumerDefinition>();

    [Fact]
    public async Task Should_log_an_error_naming_the_school_and_year_when_an_absence_falls_in_a_school_year_without_a_calendar()
    {
        var absence = PupilEvents.SixteenLessonHoursInFourWeeks().First() with
        {
            Date = new DateOnly(2031, 9, 9), OccurredAt = new DateTimeOffset(2031, 9, 9, 15, 0, 0, TimeSpan.Zero),
        };

        await Publish(_ledger.Append(PupilEvents.Enrolled()));
        await Publish(_ledger.Append(absence));

        // The consumer logs after its commit: wait for the record itself (a loaded machine may take seconds).
        var collector = Services.GetFakeLogCollector();
        for (var i = 0; i < 600 && !collector.GetSnapshot().Any(r => r.Id.Id == 3101); i++)
        {
            await Task.Delay(50);
        }

        var error = Assert.Single(collector.GetSnapshot(), r => r.Id.Id == 3101);
        Assert.Equal(LogLevel.Error, error.Level);
        Assert.Contains("34CD00", error.Message, StringComparison.Ordinal);
        Assert.Contains("2031-2032", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(PupilEvents.Pupil, error.Message, StringComparison.Ordinal);
    }

    private Task Publish(LedgerEntry entry) =>
        Harness.Bus.Publish(new PupilEventsRecorded([new PupilEventRecorded(entry.Event.Pupil, entry.Sequence, entry.MessageId, entry.Event.GetType().Name)]));
}
