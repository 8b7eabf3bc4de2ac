using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

/// <summary>
/// Findings rest on the school's records (RegistrationIds, SickReportIds), never on message ids: an LVS that exports
/// the same registrations again (new message ids, same content) changes nothing (domain.md section 4: one episode, one melding).
/// </summary>
public class ReExportTests
{
    private static readonly SignaleringContext Context = Contexts.Midden();

    [Fact]
    public void Should_change_no_finding_when_the_lvs_re_exports_the_same_registrations_with_new_message_ids()
    {
        var scenario = new Scenario().Enrolled(D("2012-03-10"))
            .Absent(D("2025-09-01"), lessons: 6)
            .Absent(D("2025-09-02"), lessons: 6)
            .Absent(D("2025-09-03"), lessons: 6, reason: AbsenceReason.LuxeVerzuim)
            .Late(D("2025-09-04"))
            .Sick("S1", D("2025-09-08"), D("2025-09-10"));
        var (state, _) = scenario.Run(Context);
        var before = state.Signals.ToList();
        Assert.Contains(before, s => s.Kind == SignalKind.Melding16Uur);

        var (after, results) = Apply(ReExport(scenario.Events), Context, state);

        Assert.All(results, r => Assert.Empty(r.Raised));
        Assert.All(results, r => Assert.Empty(r.Updated));
        Assert.All(results, r => Assert.Empty(r.Withdrawn));
        Assert.Equal(before, after.Signals);
    }

    [Fact]
    public void Should_base_a_melding_on_registration_ids_when_it_is_raised()
    {
        var scenario = new Scenario().Enrolled(D("2012-03-10")).Absent(D("2025-09-01"), lessons: 16);
        var melding = Assert.Single(scenario.Signals(Contexts.Midden(Contexts.Only16Uur())), s => s.Kind == SignalKind.Melding16Uur);
        Assert.Equal(scenario.Events.OfType<AttendanceRecorded>().Select(a => a.RegistrationId).Order(StringComparer.Ordinal), melding.BasedOnRecordIds);
    }

    /// <summary>The same facts sent again an hour later under new message ids.</summary>
    internal static IEnumerable<PupilEvent> ReExport(IEnumerable<PupilEvent> events) =>
        events.Select(e => e with { EventId = "re-" + e.EventId, OccurredAt = e.OccurredAt.AddHours(1) }).ToList();
}
