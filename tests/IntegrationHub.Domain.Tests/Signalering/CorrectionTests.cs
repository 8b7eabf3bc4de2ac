using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class CorrectionTests
{
    private static readonly SignaleringContext Context = Contexts.Midden(Contexts.Only16Uur());

    private static Scenario SixteenHours() =>
        new Scenario().Enrolled(D("2012-03-10")).Absent(D("2025-09-01"), lessons: 8).Absent(D("2025-09-02"), lessons: 8);

    [Fact]
    public void Should_withdraw_the_melding_when_a_lesson_is_corrected_to_sick()
    {
        var scenario = SixteenHours().Record(D("2025-09-02"), 50, AbsenceStatus.AbsentAuthorised, AbsenceReason.Ziekte, RegistrationUnit.Lesson, "20250902-0", correction: true);
        var (state, results) = scenario.Run(Context);
        Assert.DoesNotContain(state.Signals, s => s.Kind == SignalKind.Melding16Uur);
        var withdrawal = Assert.Single(results[^1].Withdrawn);
        Assert.Equal("ingetrokken", withdrawal.DuoStatus);
        Assert.Contains("gecorrigeerd", withdrawal.Reason, StringComparison.Ordinal);
        Assert.Equal(SignalKind.Melding16Uur, withdrawal.Kind);
    }

    [Fact]
    public void Should_withdraw_the_melding_when_a_registration_is_retracted()
    {
        var (state, results) = SixteenHours().Retract("20250901-3", D("2025-09-01")).Run(Context);
        Assert.Empty(state.Signals);
        Assert.Contains("ingetrokken", Assert.Single(results[^1].Withdrawn).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_withdraw_the_melding_when_leave_is_granted_afterwards()
    {
        var (state, results) = SixteenHours().Leave(D("2025-09-02"), D("2025-09-02")).Run(Context);
        Assert.Empty(state.Signals);
        Assert.Contains("Verlof", Assert.Single(results[^1].Withdrawn).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_newest_version_when_an_older_correction_arrives_late()
    {
        var scenario = SixteenHours();
        var older = new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);
        scenario.Record(D("2025-09-02"), 50, AbsenceStatus.Present, AbsenceReason.Geen, RegistrationUnit.Lesson, "20250902-0", correction: true, at: older);
        Assert.Single(scenario.Signals(Context), s => s.Kind == SignalKind.Melding16Uur);
    }

    [Fact]
    public void Should_not_tell_leerplicht_about_sickness_when_a_sick_report_withdraws_a_melding()
    {
        var (_, results) = SixteenHours().Sick("S1", D("2025-09-02"), D("2025-09-03")).Run(Context);
        var withdrawal = Assert.Single(results.SelectMany(r => r.Withdrawn));
        Assert.DoesNotContain("ziek", withdrawal.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Should_raise_the_melding_with_the_right_einddatum_when_an_old_absence_arrives_late()
    {
        var scenario = new Scenario().Enrolled(D("2012-03-10"))
            .Absent(D("2025-09-10"), lessons: 8)
            .Absent(D("2025-09-08"), lessons: 8);
        var melding = Assert.Single(scenario.Signals(Context));
        Assert.Equal(D("2025-09-08"), melding.Begindatum);
        Assert.Equal(D("2025-09-10"), melding.Einddatum);
    }

    [Fact]
    public void Should_move_the_vervolgmelding_when_a_late_event_changes_the_first_window()
    {
        var scenario = new Scenario().Enrolled(D("2012-03-10"))
            .Absent(D("2025-09-03"), lessons: 8)
            .Absent(D("2025-09-15"), lessons: 8)
            .Absent(D("2025-09-16"), lessons: 8)
            .Absent(D("2025-09-01"), lessons: 8);
        var (state, results) = scenario.Run(Context);
        Assert.Equal([D("2025-09-03"), D("2025-09-16")], state.Signals.Select(s => s.Einddatum!.Value).Order());
        Assert.Single(results[^1].Withdrawn);
        Assert.Equal(2, results[^1].Raised.Count);
    }
}
