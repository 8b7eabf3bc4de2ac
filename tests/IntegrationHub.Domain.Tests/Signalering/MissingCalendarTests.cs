using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

/// <summary>domain.md section 10: a school year with no calendar at all is an error the operator sees.</summary>
public class MissingCalendarTests
{
    [Fact]
    public void Should_report_the_missing_school_year_and_count_nothing_when_absence_falls_in_a_year_without_a_calendar()
    {
        var scenario = new Scenario().Enrolled(D("2018-03-10")).Absent(D("2030-10-01"), lessons: 16);
        var (state, results) = scenario.Run(Contexts.Midden());
        Assert.Empty(state.Signals);
        Assert.Equal(["2030-2031"], results[^1].MissingCalendarYears);
        Assert.Empty(results[0].MissingCalendarYears);
    }

    [Fact]
    public void Should_report_no_missing_year_when_the_school_supplies_its_own_calendar_for_it()
    {
        var context = SignaleringContext.Create(
            SchoolRegion.Midden,
            [new SchoolCalendarOverride("12AB", "00", "2030-2031", "midden", [new Holiday("Herfst", D("2030-10-19"), D("2030-10-27"))], [])]);
        var scenario = new Scenario().Enrolled(D("2018-03-10")).Absent(D("2030-10-01"), lessons: 16);
        var (state, results) = scenario.Run(context);
        Assert.All(results, r => Assert.Empty(r.MissingCalendarYears));
        Assert.Contains(state.Signals, s => s.Kind == SignalKind.Melding16Uur);
    }
}
