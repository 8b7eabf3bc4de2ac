using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

/// <summary>Signal.TriggeredOn is the day the deadlines of domain.md section 4 ("Deadlines per soort") count from.</summary>
public class TriggeredOnTests
{
    private static readonly SignaleringContext Context = Contexts.Midden();

    private static Scenario AbsentEveryDay(Scenario scenario, DateOnly from, DateOnly to)
    {
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                scenario.Absent(date, lessons: 7);
            }
        }

        return scenario;
    }

    [Fact]
    public void Should_trigger_a_16_uur_melding_on_the_day_of_the_16th_hour_when_hours_accumulate()
    {
        // domain.md section 4: "5 working days after the day of the 16th hour".
        var scenario = new Scenario().Enrolled(D("2012-03-10"))
            .Absent(D("2025-09-01"), lessons: 6).Absent(D("2025-09-09"), lessons: 6).Absent(D("2025-09-17"), lessons: 4);
        var melding = Assert.Single(scenario.Signals(Context), s => s.Kind == SignalKind.Melding16Uur);
        Assert.Equal(D("2025-09-17"), melding.TriggeredOn);
    }

    [Fact]
    public void Should_trigger_lrv_on_the_day_the_run_reached_four_weeks_when_absence_continues()
    {
        // domain.md section 4: LRV deadline "5 working days after the day the run reached four weeks".
        var scenario = AbsentEveryDay(new Scenario().Enrolled(D("2012-03-10")), D("2025-09-01"), D("2025-10-10"));
        var lrv = Assert.Single(scenario.Signals(Context), s => s.Kind == SignalKind.LangdurigRelatiefVerzuim);
        Assert.Equal(D("2025-09-29"), lrv.TriggeredOn);
    }

    [Fact]
    public void Should_trigger_luxe_verzuim_on_the_first_absent_day_when_the_holiday_lasts_days()
    {
        var scenario = new Scenario().Enrolled(D("2012-03-10"))
            .Absent(D("2025-10-15"), lessons: 7, reason: AbsenceReason.LuxeVerzuim)
            .Absent(D("2025-10-16"), lessons: 7, reason: AbsenceReason.LuxeVerzuim);
        var luxe = Assert.Single(scenario.Signals(Context), s => s.Kind == SignalKind.LuxeVerzuim);
        Assert.Equal(D("2025-10-15"), luxe.TriggeredOn);
    }

    [Fact]
    public void Should_trigger_absoluut_verzuim_on_the_deregistration_date_when_no_destination_is_known()
    {
        // Leerplichtwet art. 18: 7 days after the deregistration.
        var scenario = new Scenario().Enrolled(D("2012-03-10")).Deregistered(D("2025-11-01"));
        var signal = Assert.Single(scenario.Signals(Context), s => s.Kind == SignalKind.AbsoluutVerzuim);
        Assert.Equal(D("2025-11-01"), signal.TriggeredOn);
    }

    [Fact]
    public void Should_trigger_mazl_on_the_day_the_criterion_was_met_when_sick_for_7_school_days()
    {
        var scenario = new Scenario().Enrolled(D("2010-03-10")).Sick("S1", D("2025-09-03"), D("2025-09-15"));
        var signal = Assert.Single(scenario.Signals(Context), s => s.Kind == SignalKind.MazlCriterium);
        Assert.Equal(D("2025-09-11"), signal.TriggeredOn);
    }
}
