using System.Text.Json;
using CsCheck;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;

namespace IntegrationHub.Domain.Tests.Properties;

public class OrderIndependenceProperties
{
    private static readonly SignaleringContext Context = Contexts.Midden();

    private static string Final(IEnumerable<PupilEvent> events) =>
        JsonSerializer.Serialize(Scenario.Apply(events, Context).State.Signals);

    private static string Print(List<PupilEvent> events) => $"{events.Count} events";

    [Fact]
    public void Should_give_the_same_final_signals_when_the_same_events_arrive_in_any_order() =>
        Gen.Select(SchoolYearGen.Events, Gen.Int[0, int.MaxValue])
            .Sample(
                (events, seed) =>
                {
                    var shuffled = events.OrderBy(e => HashCode.Combine(seed, e.EventId)).ToList();
                    Assert.Equal(Final(events), Final(shuffled));
                },
                iter: 60,
                threads: 1,
                print: t => Print(t.Item1));

    [Fact]
    public void Should_change_nothing_when_events_are_delivered_twice() =>
        Gen.Select(SchoolYearGen.Events, Gen.Int[0, int.MaxValue])
            .Sample(
                (events, seed) =>
                {
                    var duplicated = events.Concat(events.Where(e => HashCode.Combine(seed, e.EventId) % 3 == 0))
                        .OrderBy(e => HashCode.Combine(seed, e.EventId, e.GetHashCode()))
                        .ToList();
                    Assert.Equal(Final(events), Final(duplicated));
                },
                iter: 60,
                threads: 1,
                print: t => Print(t.Item1));

    [Fact]
    public void Should_never_create_a_melding_when_an_unauthorised_absence_is_removed() =>
        Gen.Select(SchoolYearGen.Events, Gen.Int[0, int.MaxValue])
            .Sample(
                (events, pick) =>
                {
                    var unauthorised = events.OfType<AttendanceRecorded>().Where(a => a.Status == AbsenceStatus.AbsentUnauthorised).ToList();
                    if (unauthorised.Count == 0)
                    {
                        return;
                    }

                    var removed = unauthorised[pick % unauthorised.Count];
                    static int Meldingen(IEnumerable<PupilEvent> e) =>
                        Scenario.Apply(e, Context).State.Signals.Count(s => s.Kind == SignalKind.Melding16Uur);
                    Assert.True(Meldingen(events.Where(e => e != removed)) <= Meldingen(events));
                },
                iter: 60,
                threads: 1,
                print: t => Print(t.Item1));
}
