using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

/// <summary>Leerplichtwet art. 3(1)(a): leerplicht also ends after 12 full school years, through the whole engine.</summary>
public class TwelveSchoolYearsTests
{
    [Fact]
    public void Should_report_absence_under_kwalificatieplicht_when_12_full_school_years_ended_leerplicht_before_16()
    {
        // Born August 2010, at school from the first day of 2014-2015: leerplicht ended 31 July 2026 (not 2027).
        var scenario = new Scenario().Enrolled(D("2010-08-15"), on: D("2026-08-01"), firstSchoolDay: D("2014-08-01"))
            .Absent(D("2026-09-01"), lessons: 16);
        var melding = Assert.Single(scenario.Signals(Contexts.Midden(Contexts.Only16Uur())), s => s.Kind == SignalKind.Melding16Uur);
        Assert.Equal(Regime.Kwalificatieplicht, melding.Regime);
    }

    [Fact]
    public void Should_take_the_first_school_day_from_a_profile_change_when_the_enrolment_lacked_it()
    {
        var scenario = new Scenario().Enrolled(D("2010-08-15"), on: D("2026-08-01"))
            .Add(new PupilProfileChanged
            {
                Pupil = "P1", EventId = "P1-x1", School = Scenario.School, OccurredAt = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero),
                EffectiveFrom = D("2026-08-01"), FirstSchoolDay = D("2014-08-01"),
            })
            .Absent(D("2026-09-01"), lessons: 16);
        var melding = Assert.Single(scenario.Signals(Contexts.Midden(Contexts.Only16Uur())), s => s.Kind == SignalKind.Melding16Uur);
        Assert.Equal(Regime.Kwalificatieplicht, melding.Regime);
    }
}
