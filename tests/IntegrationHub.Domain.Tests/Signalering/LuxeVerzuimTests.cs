using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class LuxeVerzuimTests
{
    private static readonly SignaleringContext Context = Contexts.Midden();

    private static Scenario Pupil() => new Scenario().Enrolled(D("2012-03-10"));

    [Fact]
    public void Should_report_luxe_verzuim_when_a_single_lesson_is_missed_for_a_holiday()
    {
        var signal = Assert.Single(
            Pupil().Absent(D("2025-10-17"), lessons: 1, reason: AbsenceReason.LuxeVerzuim).Signals(Context),
            s => s.Kind == SignalKind.LuxeVerzuim);
        Assert.Equal(D("2025-10-17"), signal.Begindatum);
        Assert.Equal(VermoedelijkeSoortVerzuim.LuxeVerzuim, signal.SoortVerzuim);
        Assert.Equal(SignalRecipient.Leerplicht, signal.Recipient);
    }

    [Fact]
    public void Should_make_one_melding_with_an_einddatum_when_luxe_days_are_consecutive()
    {
        var scenario = Pupil()
            .Absent(D("2025-10-16"), lessons: 7, reason: AbsenceReason.LuxeVerzuim)
            .Absent(D("2025-10-17"), lessons: 7, reason: AbsenceReason.LuxeVerzuim)
            .Absent(D("2025-10-27"), lessons: 7, reason: AbsenceReason.LuxeVerzuim)
            .Absent(D("2025-10-28"), status: AbsenceStatus.Present, reason: AbsenceReason.Geen);
        var signal = Assert.Single(scenario.Signals(Context), s => s.Kind == SignalKind.LuxeVerzuim);
        Assert.Equal(D("2025-10-16"), signal.Begindatum);
        Assert.Equal(D("2025-10-27"), signal.Einddatum);
        Assert.Equal(3, signal.VerzuimDagen);
    }

    [Fact]
    public void Should_not_report_luxe_verzuim_when_leave_was_granted()
    {
        var scenario = Pupil().Leave(D("2025-10-17"), D("2025-10-17")).Absent(D("2025-10-17"), reason: AbsenceReason.LuxeVerzuim);
        Assert.DoesNotContain(scenario.Signals(Context), s => s.Kind == SignalKind.LuxeVerzuim);
    }

    [Fact]
    public void Should_withdraw_luxe_verzuim_when_leave_is_granted_later()
    {
        var (state, results) = Pupil().Absent(D("2025-10-17"), reason: AbsenceReason.LuxeVerzuim).Leave(D("2025-10-17"), D("2025-10-17")).Run(Context);
        Assert.DoesNotContain(state.Signals, s => s.Kind == SignalKind.LuxeVerzuim);
        Assert.Contains(results[^1].Withdrawn, w => w.Kind == SignalKind.LuxeVerzuim);
    }
}
