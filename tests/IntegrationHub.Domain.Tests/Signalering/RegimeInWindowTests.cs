using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class RegimeInWindowTests
{
    private static readonly SignaleringContext Context = Contexts.Midden(Contexts.Only16Uur());

    private static bool HasMelding(Scenario s, SignaleringContext? context = null) =>
        s.Signals(context ?? Context).Any(x => x.Kind == SignalKind.Melding16Uur);

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Should_count_days_after_leerplicht_only_without_startkwalificatie_when_the_pupil_turned_16(bool startkwalificatie, bool expected)
    {
        // Turns 16 on 15 Jan 2026: leerplicht until 31 Jul 2026; the summer weeks do not count, so one window.
        var scenario = new Scenario().Enrolled(D("2010-01-15"), startkwalificatie: startkwalificatie)
            .Absent(D("2026-07-16"), lessons: 8)
            .Absent(D("2026-08-31"), lessons: 8);
        Assert.Equal(expected, HasMelding(scenario));
    }

    [Fact]
    public void Should_stop_counting_on_the_18th_birthday_when_18_plus_is_off()
    {
        var scenario = new Scenario().Enrolled(D("2008-03-04"))
            .Absent(D("2026-03-02"), lessons: 8)
            .Absent(D("2026-03-05"), lessons: 8);
        Assert.False(HasMelding(scenario));
        Assert.True(HasMelding(scenario, Contexts.Midden(Contexts.Only16Uur() with { Melding16Uur = new(IncludeEighteenPlus: true) })));
    }

    [Fact]
    public void Should_report_when_16_hours_fall_before_the_18th_birthday()
    {
        var scenario = new Scenario().Enrolled(D("2008-03-04")).Absent(D("2026-02-26"), lessons: 8).Absent(D("2026-03-03"), lessons: 8);
        var melding = Assert.Single(scenario.Signals(Context), s => s.Kind == SignalKind.Melding16Uur);
        Assert.Equal(Regime.Kwalificatieplicht, melding.Regime);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Should_report_a_17_year_old_only_without_startkwalificatie_when_absent_16_hours(bool startkwalificatie, bool expected)
    {
        var scenario = new Scenario().Enrolled(D("2008-10-01"), startkwalificatie: startkwalificatie).Absent(D("2025-09-01"), lessons: 16);
        Assert.Equal(expected, HasMelding(scenario));
    }

    [Fact]
    public void Should_not_report_when_the_pupil_has_a_vrijstelling()
    {
        var scenario = new Scenario().Enrolled(D("2012-03-10")).Vrijstelling(D("2025-08-01")).Absent(D("2025-09-01"), lessons: 16);
        Assert.False(HasMelding(scenario));
    }

    [Fact]
    public void Should_withdraw_the_melding_when_a_startkwalificatie_is_registered_later()
    {
        var scenario = new Scenario().Enrolled(D("2008-10-01")).Absent(D("2025-09-01"), lessons: 16).Profile(D("2025-08-01"), startkwalificatie: true);
        var (state, results) = scenario.Run(Context);
        Assert.DoesNotContain(state.Signals, s => s.Kind == SignalKind.Melding16Uur);
        Assert.Single(results[^1].Withdrawn);
    }
}
