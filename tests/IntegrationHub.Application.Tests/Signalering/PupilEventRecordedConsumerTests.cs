using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Persistence;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Application.Tests.Harness;
using IntegrationHub.Contracts.V1;
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
        bus.AddConsumer<PupilEventsRecordedConsumer, PupilEventsRecordedConsumerDefinition>();

    [Fact]
    public async Task Should_tell_the_school_a_provisional_16_uur_finding_and_send_no_melding_before_it_settles_when_the_sixteenth_lesson_hour_is_recorded()
    {
        _store.PupilKeys[(PupilEvents.Pupil, PupilEvents.School)] = "vo-1001";

        foreach (var entry in new[] { _ledger.Append(PupilEvents.Enrolled()) }.Concat(PupilEvents.SixteenLessonHoursInFourWeeks().Select(_ledger.Append)).ToList())
        {
            await Harness.Bus.Publish(Recorded(entry));
        }

        await WaitForCommitsAsync(17);
        Assert.Equal(17, _store.Committed.Count);
        var finding = Assert.Single(_store.Committed.SelectMany(c => c.ToSchool).OfType<FindingRaised>(), s => s.Kind == "melding-16-uur");
        Assert.Equal("leerplicht", finding.Recipient);
        Assert.Equal(new DateOnly(2026, 9, 8), finding.Begindatum);
        Assert.Equal(new DateOnly(2026, 9, 29), finding.Einddatum);
        Assert.Equal("vo-1001", finding.LvsPupilKey);
        Assert.Equal("34CD", finding.School.Brin);
        Assert.True(finding.IsProvisional);
        Assert.NotNull(finding.MeldingId);

        // Triggered Tuesday 29 September: two school days for the parents (30 Sep, 1 Oct), and 24 hours unchanged
        // from the last change at 1 October 12:00, so it settles on 2 October 12:00 UTC; nothing went to a partner yet.
        Assert.Equal(new DateTimeOffset(2026, 10, 2, 12, 0, 0, TimeSpan.Zero), finding.SettlesAt);
        Assert.Empty(_store.Committed.SelectMany(c => c.PartnerBound));
    }

    [Fact]
    public async Task Should_skip_the_repeat_when_the_same_event_is_delivered_twice()
    {
        var entry = _ledger.Append(PupilEvents.Enrolled());

        await Harness.Bus.Publish(Recorded(entry));
        await Harness.Bus.Publish(Recorded(entry));

        await WaitForConsumedAsync(2);
        Assert.Equal(2, Harness.Consumed.Select<PupilEventsRecorded>().Count());
        Assert.Single(_store.Committed);
    }

    [Fact]
    public async Task Should_raise_the_finding_once_when_one_message_carries_the_whole_intake_batch_and_comes_twice()
    {
        var entries = new[] { _ledger.Append(PupilEvents.Enrolled()) }.Concat(PupilEvents.SixteenLessonHoursInFourWeeks().Select(_ledger.Append)).ToList();
        var batch = new PupilEventsRecorded([.. entries.Select(e => Recorded(e).Events[0])]);

        await Harness.Bus.Publish(batch);
        await WaitForCommitsAsync(17);
        await Harness.Bus.Publish(batch);
        await WaitForConsumedAsync(2);

        Assert.Equal(17, _store.Committed.Count);
        Assert.Single(_store.Committed.SelectMany(c => c.ToSchool).OfType<FindingRaised>(), s => s.Kind == "melding-16-uur");
    }

    private static PupilEventsRecorded Recorded(LedgerEntry entry) =>
        new([new PupilEventRecorded(entry.Event.Pupil, entry.Sequence, entry.MessageId, entry.Event.GetType().Name)]);

    private async Task WaitForConsumedAsync(int count)
    {
        for (var i = 0; i < 100 && Harness.Consumed.Select<PupilEventsRecorded>().Count() < count; i++)
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
