using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class RmcTests
{
    private static readonly SignaleringContext Context = Contexts.Midden();

    private static Scenario AbsentEveryDay(Scenario scenario, DateOnly from, DateOnly to)
    {
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                scenario.Absent(date, lessons: 6);
            }
        }

        return scenario;
    }

    [Theory]
    [InlineData("2025-09-26", false)]
    [InlineData("2025-09-29", true)]
    public void Should_report_to_rmc_when_an_18_plus_pupil_is_absent_for_four_school_weeks(string until, bool expected)
    {
        var scenario = AbsentEveryDay(new Scenario().Enrolled(D("2006-05-01"), SchoolKind.Mbo), D("2025-09-01"), D(until));
        var signals = scenario.Signals(Context);
        Assert.Equal(expected, signals.Any(s => s.Kind == SignalKind.RmcVerzuim && s.Recipient == SignalRecipient.Rmc));
        Assert.DoesNotContain(signals, s => s.Kind == SignalKind.Melding16Uur);
    }

    [Fact]
    public void Should_never_set_an_einddatum_on_rmc_when_the_lessons_of_a_day_arrive_one_at_a_time()
    {
        // domain.md section 4 / WEB 8.1.8a: a day counts as absent however few lessons it has, so the first lesson
        // of a new day continues the run instead of ending it.
        var scenario = AbsentEveryDay(new Scenario().Enrolled(D("2006-05-01"), SchoolKind.Mbo), D("2025-09-01"), D("2025-10-10"));
        var (state, _) = scenario.Run(Context);
        Assert.Single(state.Signals, s => s.Kind == SignalKind.RmcVerzuim && s.Einddatum is null);
        foreach (var lesson in new Scenario(idPrefix: "m").Absent(D("2025-10-13"), lessons: 6).Events)
        {
            var result = SignaleringEngine.Apply(state, lesson, Context, Now);
            Assert.All(result.State.Signals.Where(s => s.Kind == SignalKind.RmcVerzuim), s => Assert.Null(s.Einddatum));
        }
    }

    [Fact]
    public void Should_not_report_to_rmc_when_the_pupil_has_a_startkwalificatie()
    {
        var scenario = AbsentEveryDay(new Scenario().Enrolled(D("2006-05-01"), SchoolKind.Mbo, startkwalificatie: true), D("2025-09-01"), D("2025-10-10"));
        Assert.DoesNotContain(scenario.Signals(Context), s => s.Recipient == SignalRecipient.Rmc);
    }

    [Theory]
    [InlineData("2006-05-01", false, true)]
    [InlineData("2006-05-01", true, false)]
    [InlineData("2012-03-10", false, false)]
    public void Should_signal_voortijdig_schoolverlaten_when_an_18_plus_pupil_leaves_without_a_new_school(string birth, bool startkwalificatie, bool expected)
    {
        var scenario = new Scenario().Enrolled(D(birth), SchoolKind.Mbo, startkwalificatie).Deregistered(D("2025-11-01"));
        Assert.Equal(expected, scenario.Signals(Context).Any(s => s.Kind == SignalKind.VoortijdigSchoolverlaten && s.Recipient == SignalRecipient.Rmc));
    }
}
