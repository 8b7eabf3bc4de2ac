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

    [Fact]
    public void Should_be_vrijgesteld_when_a_vrijstelling_covers_the_date() =>
        Assert.Equal(Regime.Vrijgesteld, RegimeResolver.Resolve(new ProfileSnapshot(D("2012-01-01"), null, null, false), D("2025-09-01"), vrijgesteld: true));
}
