using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

/// <summary>domain.md section 2: a pupil whose birth date is unknown is not silently skipped; the school is told that no rule can be applied.</summary>
public class GeenRegelToepasbaarTests
{
    private static readonly SignaleringContext Context = Contexts.Midden();

    [Fact]
    public void Should_tell_the_school_no_rule_can_be_applied_when_a_pupil_with_attendance_has_no_birth_date()
    {
        var scenario = new Scenario().Profile(D("2025-08-01")).Absent(D("2025-09-03"), lessons: 16).Absent(D("2025-09-01"), lessons: 2);
        var signals = scenario.Signals(Context);
        Assert.DoesNotContain(signals, s => s.Recipient != SignalRecipient.School);
        var signal = Assert.Single(signals, s => s.Kind == SignalKind.GeenRegelToepasbaar);
        Assert.Equal(SignalKind.GeenRegelToepasbaar, signal.Kind);
        Assert.Equal(SignalRecipient.School, signal.Recipient);
        Assert.Equal("geboortedatum-onbekend", signal.Criterion);
        Assert.Equal(D("2025-09-01"), signal.Begindatum);
        Assert.Equal(D("2025-09-01"), signal.TriggeredOn);
        Assert.Equal(Regime.None, signal.Regime);
    }

    [Fact]
    public void Should_withdraw_the_finding_and_apply_the_rules_when_the_birth_date_arrives()
    {
        var scenario = new Scenario().Absent(D("2025-09-01"), lessons: 16).Profile(D("2025-08-01"), birthDate: D("2012-03-10"));
        var (state, results) = scenario.Run(Context);
        Assert.Contains(results[0].Raised, s => s.Kind == SignalKind.GeenRegelToepasbaar);
        Assert.Contains(results[^1].Withdrawn, w => w.Kind == SignalKind.GeenRegelToepasbaar && w.Recipient == SignalRecipient.School);
        Assert.DoesNotContain(state.Signals, s => s.Kind == SignalKind.GeenRegelToepasbaar);
        Assert.Contains(state.Signals, s => s.Kind == SignalKind.Melding16Uur);
    }

    [Fact]
    public void Should_raise_nothing_when_a_pupil_without_birth_date_has_no_attendance_facts()
    {
        var scenario = new Scenario().Profile(D("2025-08-01")).Zorgenvinkje(D("2025-09-10"), isSet: false);
        Assert.Empty(scenario.Signals(Context));
    }

    [Fact]
    public void Should_raise_nothing_when_the_birth_date_is_known()
    {
        var scenario = new Scenario().Enrolled(D("2012-03-10")).Absent(D("2025-09-01"), lessons: 2, status: AbsenceStatus.Present, reason: AbsenceReason.Geen);
        Assert.DoesNotContain(scenario.Signals(Context), s => s.Kind == SignalKind.GeenRegelToepasbaar);
    }
}
