using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

/// <summary>
/// domain.md section 4: runs of days (LRV, RMC, MAZL "7th consecutive day") are made of school days; weekends and
/// holidays neither count nor break them ("vier weken" for RMC, WEB 8.1.8a, means four weeks of lestijd).
/// Regio Midden 2025: herfstvakantie 18-26 October, so the week of 20 October has no school day.
/// </summary>
public class RunsOfSchoolDaysTests
{
    private static readonly SignaleringContext Context = Contexts.Midden();

    /// <summary>Absent all day on every weekday from Monday 6 October 2025 (the holiday week is not registered).</summary>
    private static Scenario AbsentFrom6October(Scenario scenario, string until, AbsenceStatus status = AbsenceStatus.AbsentUnauthorised, AbsenceReason reason = AbsenceReason.Spijbelen)
    {
        for (var date = D("2025-10-06"); date <= D(until); date = date.AddDays(1))
        {
            if (Context.Calendar.IsSchoolDay(date))
            {
                scenario.Absent(date, lessons: 7, status: status, reason: reason);
            }
        }

        return scenario;
    }

    [Theory]
    [InlineData("2025-11-07", false)]
    [InlineData("2025-11-10", true)]
    public void Should_raise_lrv_after_four_school_weeks_when_a_weekend_and_a_holiday_week_lie_inside_the_run(string until, bool expected)
    {
        // Leerplichtwet art. 21 / domain.md section 4: 6 Oct to 7 Nov is 33 calendar days but only 3 school weeks and 5 days.
        var signals = AbsentFrom6October(new Scenario().Enrolled(D("2012-03-10")), until).Signals(Context);
        var lrv = signals.SingleOrDefault(s => s.Kind == SignalKind.LangdurigRelatiefVerzuim);
        Assert.Equal(expected, lrv is not null);
        if (lrv is not null)
        {
            Assert.Equal(D("2025-10-06"), lrv.Begindatum);
            Assert.Equal(D("2025-11-10"), lrv.TriggeredOn);
            Assert.Equal(21, lrv.VerzuimDagen);
        }
    }

    [Theory]
    [InlineData("2025-11-07", false)]
    [InlineData("2025-11-10", true)]
    public void Should_report_to_rmc_after_four_weeks_of_lestijd_when_a_weekend_and_a_holiday_week_lie_inside_the_run(string until, bool expected)
    {
        // WEB 8.1.8a: "vier weken" of lestijd; the herfstvakantie week neither counts nor breaks the run.
        var signals = AbsentFrom6October(new Scenario().Enrolled(D("2006-05-01"), SchoolKind.Mbo), until).Signals(Context);
        var rmc = signals.SingleOrDefault(s => s.Kind == SignalKind.RmcVerzuim);
        Assert.Equal(expected, rmc is not null);
        if (rmc is not null)
        {
            Assert.Equal(D("2025-10-06"), rmc.Begindatum);
            Assert.Equal(D("2025-11-10"), rmc.TriggeredOn);
            Assert.Equal(SignalRecipient.Rmc, rmc.Recipient);
        }
    }

    [Fact]
    public void Should_report_to_rmc_after_a_shorter_period_when_the_school_sets_one()
    {
        // WEB 8.1.8a: a school may set a shorter period.
        var context = Contexts.With(s => s with { Rmc = s.Rmc with { SchoolWeeks = 2 } });
        var scenario = new Scenario().Enrolled(D("2006-05-01"), SchoolKind.Mbo);
        for (var date = D("2025-09-01"); date <= D("2025-09-15"); date = date.AddDays(1))
        {
            if (context.Calendar.IsSchoolDay(date))
            {
                scenario.Absent(date, lessons: 6);
            }
        }

        var rmc = Assert.Single(scenario.Signals(context), s => s.Kind == SignalKind.RmcVerzuim);
        Assert.Equal(D("2025-09-15"), rmc.TriggeredOn);
    }

    [Theory]
    [InlineData("2025-10-29", false)]
    [InlineData("2025-10-30", true)]
    public void Should_meet_the_mazl_criterion_on_the_7th_sick_school_day_when_a_weekend_and_a_holiday_week_lie_in_between(string until, bool expected)
    {
        // NCJ MAZL criterion (domain.md section 6): sick 15, 16, 17 Oct and 27, 28, 29, 30 Oct: the 7th school day is 30 Oct.
        var scenario = new Scenario().Enrolled(D("2010-03-10"));
        for (var date = D("2025-10-15"); date <= D(until); date = date.AddDays(1))
        {
            if (Context.Calendar.IsSchoolDay(date))
            {
                scenario.Absent(date, lessons: 7, status: AbsenceStatus.AbsentAuthorised, reason: AbsenceReason.Ziekte);
            }
        }

        var mazl = scenario.Signals(Context).SingleOrDefault(s => s.Rule == "mazl-aaneengesloten-ziek");
        Assert.Equal(expected, mazl is not null);
        if (mazl is not null)
        {
            Assert.Equal(D("2025-10-15"), mazl.Begindatum);
            Assert.Equal(D("2025-10-30"), mazl.TriggeredOn);
            Assert.Equal(7, mazl.VerzuimDagen);
        }
    }
}
