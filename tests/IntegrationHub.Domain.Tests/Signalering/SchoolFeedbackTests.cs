using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Settings;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class SchoolFeedbackTests
{
    private static readonly SignaleringContext Context = Contexts.Midden();

    private static Scenario LateTimes(int times)
    {
        var scenario = new Scenario().Enrolled(D("2010-03-10"));
        var date = D("2025-09-01");
        for (var i = 0; i < times; i++, date = date.AddDays(date.DayOfWeek == DayOfWeek.Friday ? 3 : 1))
        {
            scenario.Late(date, minutes: 5);
        }

        return scenario;
    }

    [Theory]
    [InlineData(2, new int[0])]
    [InlineData(3, new[] { 3 })]
    [InlineData(7, new[] { 3, 6 })]
    [InlineData(12, new[] { 3, 6, 9, 12 })]
    public void Should_reach_ladder_steps_when_late_arrivals_add_up(int times, int[] steps)
    {
        var signals = LateTimes(times).Signals(Context).Where(s => s.Kind == SignalKind.LadderStap).ToList();
        Assert.Equal(steps.Select(s => $"te-laat-trede-{s}"), signals.OrderBy(s => s.Einddatum).Select(s => s.Criterion));
        Assert.All(signals, s => Assert.Equal(SignalRecipient.School, s.Recipient));
    }

    [Fact]
    public void Should_use_the_schools_own_ladder_when_configured()
    {
        var context = Contexts.With(s => s with { Ladder = new LadderSettings(LateSteps: [2, 4]) });
        var signals = LateTimes(4).Signals(context).Where(s => s.Kind == SignalKind.LadderStap);
        Assert.Equal(["te-laat-trede-2", "te-laat-trede-4"], signals.OrderBy(s => s.Einddatum).Select(s => s.Criterion));
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, true)]
    public void Should_tell_the_school_about_beginnend_verzuim_when_below_the_16_hour_norm(int lessons, bool expected)
    {
        var signals = new Scenario().Enrolled(D("2010-03-10")).Absent(D("2025-09-01"), lessons).Signals(Context);
        Assert.Equal(expected, signals.Any(s => s.Kind == SignalKind.BeginnendVerzuim && s.Recipient == SignalRecipient.School));
        Assert.DoesNotContain(signals, s => s.Kind == SignalKind.Melding16Uur);
    }

    [Theory]
    [InlineData(8, 4, true)]
    [InlineData(7, 4, false)]
    [InlineData(8, 0, false)]
    public void Should_signal_a_combined_pattern_when_sick_and_ongeoorloofd_add_up_below_each_line(int sickLessons, int ongeoorloofdLessons, bool expected)
    {
        var scenario = new Scenario().Enrolled(D("2010-03-10"))
            .Absent(D("2025-09-01"), sickLessons, status: AbsenceStatus.AbsentAuthorised, reason: AbsenceReason.Ziekte)
            .Absent(D("2025-09-08"), ongeoorloofdLessons);
        var signals = scenario.Signals(Context);
        Assert.Equal(expected, signals.Any(s => s.Kind == SignalKind.CombinedPattern && s.Recipient == SignalRecipient.School));
    }
}
