using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Signalering.State;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class RegimeResolverTests
{
    [Theory]
    [InlineData("2020-03-10", "2025-03-31", false, Regime.None)]
    [InlineData("2020-03-10", "2025-04-01", false, Regime.Leerplicht)]
    [InlineData("2010-01-15", "2026-01-15", false, Regime.Leerplicht)]
    [InlineData("2010-01-15", "2026-07-31", true, Regime.Leerplicht)]
    [InlineData("2010-01-15", "2026-08-01", false, Regime.Kwalificatieplicht)]
    [InlineData("2010-01-15", "2026-08-01", true, Regime.None)]
    [InlineData("2008-03-04", "2026-03-03", false, Regime.Kwalificatieplicht)]
    [InlineData("2008-03-04", "2026-03-04", false, Regime.Rmc)]
    [InlineData("2008-03-04", "2026-03-04", true, Regime.None)]
    [InlineData("2008-03-04", "2031-03-03", false, Regime.Rmc)]
    [InlineData("2008-03-04", "2031-03-04", false, Regime.None)]
    public void Should_resolve_the_regime_when_age_is_taken_on_the_date(string birth, string date, bool startkwalificatie, Regime expected) =>
        Assert.Equal(expected, RegimeResolver.Resolve(new ProfileSnapshot(D(birth), "GM0344", null, startkwalificatie), D(date), vrijgesteld: false));

    [Theory]
    [InlineData("2014-08-01", "2026-07-31", Regime.Leerplicht)]
    [InlineData("2014-08-01", "2026-08-01", Regime.Kwalificatieplicht)]
    [InlineData("2014-08-18", "2026-08-01", Regime.Leerplicht)]
    [InlineData("2014-08-18", "2027-07-31", Regime.Leerplicht)]
    [InlineData("2014-08-18", "2027-08-01", Regime.Kwalificatieplicht)]
    [InlineData(null, "2026-08-01", Regime.Leerplicht)]
    public void Should_end_leerplicht_after_12_full_school_years_when_that_comes_before_the_age_rule(string? firstSchoolDay, string date, Regime expected)
    {
        // Leerplichtwet art. 3(1)(a): leerplicht ends "aan het einde van het schooljaar waarin de jongere twaalf
        // volledige schooljaren een of meer scholen heeft bezocht", or at the end of the school year in which the pupil
        // turns 16, whichever comes first. Born August 2010 (turns 16 in school year 2026-2027), started school on the
        // first day of school year 2014-2015: the 12th full school year is 2025-2026, so leerplicht ends on 31 July
        // 2026, not 31 July 2027. Starting on 18 August 2014 makes 2014-2015 not full: the age rule ends it first.
        var profile = new ProfileSnapshot(D("2010-08-15"), "GM0344", null, false, firstSchoolDay is null ? null : D(firstSchoolDay));
        Assert.Equal(expected, RegimeResolver.Resolve(profile, D(date), vrijgesteld: false));
    }

    [Fact]
    public void Should_give_the_end_of_the_12th_full_school_year_when_the_first_school_day_is_known()
    {
        Assert.Equal(D("2026-07-31"), RegimeResolver.EndAfterTwelveFullSchoolYears(D("2014-08-01")));
        Assert.Equal(D("2027-07-31"), RegimeResolver.EndAfterTwelveFullSchoolYears(D("2014-08-02")));
        Assert.Equal(D("2026-07-31"), RegimeResolver.EndAfterTwelveFullSchoolYears(D("2014-03-10")));
        Assert.Null(RegimeResolver.EndAfterTwelveFullSchoolYears(null));
    }

    [Fact]
    public void Should_be_vrijgesteld_when_a_vrijstelling_covers_the_date() =>
        Assert.Equal(Regime.Vrijgesteld, RegimeResolver.Resolve(new ProfileSnapshot(D("2012-01-01"), null, null, false), D("2025-09-01"), vrijgesteld: true));
}
