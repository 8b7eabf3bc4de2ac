using IntegrationHub.Application.Meldingen;
using IntegrationHub.Application.Messaging;
using IntegrationHub.Application.Tests.Signalering;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Tests.Routing;

public sealed class RoutingFactsTests
{
    [Fact]
    public async Task Should_route_by_the_woongemeente_in_effect_on_the_day_the_melding_was_made_when_the_pupil_moved_after_the_einddatum()
    {
        var source = new FixedContextSource();
        var rules = await source.GetAsync(PupilEvents.School, null, CancellationToken.None);
        var meldingen = await source.GetMeldingContextAsync(PupilEvents.School, rules, CancellationToken.None);
        var book = new MeldingBook();
        PupilState? state = null;
        var moved = new PupilProfileChanged
        {
            Pupil = PupilEvents.Pupil, EventId = Guid.NewGuid().ToString(), School = PupilEvents.School,
            OccurredAt = new DateTimeOffset(2026, 9, 30, 12, 0, 0, TimeSpan.Zero), EffectiveFrom = new DateOnly(2026, 9, 30), Woongemeente = "GM0034",
        };
        PupilEvent[] events = [PupilEvents.Enrolled(), .. PupilEvents.SixteenLessonHoursInFourWeeks(), moved];
        var now = new DateTimeOffset(2026, 9, 30, 16, 0, 0, TimeSpan.Zero);
        foreach (var e in events)
        {
            state = PupilEvaluation.OnEvent(state, book, e, rules, meldingen, "lvs-1", now, cause: new SchoolMessageCause($"x {e.EventId}", null)).State;
        }

        var ready = Enumerable.Range(1, 10)
            .Select(day => PupilEvaluation.OnDue(state, book, meldingen, "lvs-1", now.AddDays(day)))
            .SelectMany(r => r.Messages.PartnerBound)
            .OfType<VerzuimmeldingReady>()
            .First();

        Assert.Equal("GM0014", state!.Signals.Single(s => s.Recipient == SignalRecipient.Leerplicht).Woongemeente);
        Assert.Equal("GM0034", ready.Woongemeente);
        Assert.NotNull(ready.MadeOn);
        Assert.Equal("lvs-1", ready.LvsPupilKey);
        Assert.Equal(["vo", "leerplicht"], ready.PupilKinds);
        Assert.StartsWith("x ", ready.Operation, StringComparison.Ordinal);
    }
}
