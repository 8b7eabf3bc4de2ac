using System.Text.Json;
using CsCheck;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;

namespace IntegrationHub.Domain.Tests.Properties;

public class OrderIndependenceProperties
{
    /// <summary>
    /// Unfolded: shuffled school years put most events behind a folded state's detail window, and each of those is
    /// answered by replaying the history before it, which makes 60 samples take minutes. Folding is held to the same
    /// property by <see cref="Should_give_the_same_final_signals_in_any_order_when_the_state_is_folded"/> (fewer samples)
    /// and to the unfolded engine by FoldingTests.
    /// </summary>
    private static readonly SignaleringContext Context = Contexts.Unfolded();

    private static string Final(IEnumerable<PupilEvent> events, SignaleringContext? context = null) =>
        JsonSerializer.Serialize(Scenario.Apply(events, context ?? Context).State.Signals);

    /// <summary>What an LVS re-export sends: the current (winning) version of each registration, sick report, recovery and leave.</summary>
    private static IEnumerable<PupilEvent> WinningVersions(IEnumerable<PupilEvent> events) =>
        events
            .Select(e => (Key: e switch
            {
                AttendanceRecorded a => "r:" + a.RegistrationId,
                AttendanceRetracted r => "r:" + r.RegistrationId,
                SickReported s => "s:" + s.SickReportId,
                RecoveryReported r => "h:" + r.SickReportId,
                LeaveGranted l => "l:" + l.LeaveId,
                _ => null,
            }, Event: e))
            .Where(x => x.Key is not null)
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Select(g => g.Select(x => x.Event).OrderBy(e => e.OccurredAt).ThenBy(e => e.EventId, StringComparer.Ordinal).Last());

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
    public void Should_give_the_same_final_signals_in_any_order_when_the_state_is_folded() =>
        Gen.Select(SchoolYearGen.Events, Gen.Int[0, int.MaxValue])
            .Sample(
                (events, seed) =>
                {
                    var shuffled = events.OrderBy(e => HashCode.Combine(seed, e.EventId)).ToList();
                    Assert.Equal(Final(events), Final(shuffled, Contexts.Midden()));
                },
                iter: 6,
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
    public void Should_change_no_finding_when_the_lvs_re_exports_its_registrations_with_new_message_ids() =>
        Gen.Select(SchoolYearGen.Events, Gen.Int[0, int.MaxValue])
            .Sample(
                (events, seed) =>
                {
                    var (state, _) = Scenario.Apply(events, Context);
                    var before = JsonSerializer.Serialize(state.Signals);
                    var reExport = WinningVersions(events)
                        .OrderBy(e => HashCode.Combine(seed, e.EventId))
                        .Select(e => e with { EventId = "re-" + e.EventId, OccurredAt = e.OccurredAt.AddDays(1) })
                        .ToList();
                    var (after, results) = Scenario.Apply(reExport, Context, state);
                    Assert.All(results, r => Assert.True(r.Raised.Count + r.Updated.Count + r.Withdrawn.Count == 0));
                    Assert.Equal(before, JsonSerializer.Serialize(after.Signals));
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
