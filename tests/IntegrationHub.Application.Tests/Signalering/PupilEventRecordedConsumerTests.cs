using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Application.Tests.Harness;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationHub.Application.Tests.Signalering;

public sealed class PupilEventRecordedConsumerTests : ConsumerHarness
{
    private readonly InMemoryLedger _ledger = new();
    private readonly InMemorySignaleringStore _store = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ILedgerReader>(_ledger);
        services.AddSingleton<ISignaleringStore>(_store);
        services.AddSingleton<ISignaleringContextSource, FixedContextSource>();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero)));
    }

    protected override void ConfigureBus(IBusRegistrationConfigurator bus) =>
        bus.AddConsumer<PupilEventRecordedConsumer, PupilEventRecordedConsumerDefinition>();

    [Fact]
    public async Task Should_raise_a_melding_for_leerplicht_when_the_sixteenth_lesson_hour_is_recorded()
    {
        _store.PupilKeys[(PupilEvents.Pupil, PupilEvents.School)] = "vo-1001";

        foreach (var entry in new[] { _ledger.Append(PupilEvents.Enrolled()) }.Concat(PupilEvents.SixteenLessonHoursInFourWeeks().Select(_ledger.Append)).ToList())
        {
            await Harness.Bus.Publish(Recorded(entry));
        }

        await WaitForCommitsAsync(17);
        Assert.Equal(17, _store.Committed.Count);
        var melding = Assert.Single(_store.Committed.SelectMany(c => c.Raised), s => s.Kind == "melding-16-uur");
        Assert.Equal("leerplicht", melding.Recipient);
        Assert.Equal(new DateOnly(2026, 9, 8), melding.Begindatum);
        Assert.Equal(new DateOnly(2026, 9, 29), melding.Einddatum);
        var feedback = Assert.Single(_store.Committed.SelectMany(c => c.SchoolRaised), s => s.Kind == "melding-16-uur");
        Assert.Equal("vo-1001", feedback.LvsPupilKey);
        Assert.Equal("34CD", feedback.School.Brin);
    }

    [Fact]
    public async Task Should_skip_the_repeat_when_the_same_event_is_delivered_twice()
    {
        var entry = _ledger.Append(PupilEvents.Enrolled());

        await Harness.Bus.Publish(Recorded(entry));
        await Harness.Bus.Publish(Recorded(entry));

        await WaitForConsumedAsync(2);
        Assert.Equal(2, Harness.Consumed.Select<PupilEventRecorded>().Count());
        Assert.Single(_store.Committed);
    }

    private static PupilEventRecorded Recorded(LedgerEntry entry) =>
        new(entry.Event.Pupil, entry.Sequence, entry.MessageId, entry.Event.GetType().Name);

    private async Task WaitForConsumedAsync(int count)
    {
        for (var i = 0; i < 100 && Harness.Consumed.Select<PupilEventRecorded>().Count() < count; i++)
        {
            await Task.Delay(50);
        }
    }

    private async Task WaitForCommitsAsync(int count)
    {
        for (var i = 0; i < 100 && _store.Committed.Count < count; i++)
        {
            await Task.Delay(50);
        }
    }
}
