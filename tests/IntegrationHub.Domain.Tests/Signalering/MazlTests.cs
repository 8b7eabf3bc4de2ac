using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class MazlTests
{
    private static readonly SignaleringContext Context = Contexts.Midden();

    private static List<Signal> Mazl(Scenario scenario, SignaleringContext? context = null) =>
        [.. scenario.Signals(context ?? Context).Where(s => s.Kind == SignalKind.MazlCriterium)];

    [Theory]
    [InlineData("2025-11-24", true)]
    [InlineData("2025-12-01", false)]
    public void Should_meet_the_criterion_when_the_4th_sick_report_falls_within_12_school_weeks(string fourth, bool expected)
    {
        // School weeks from 1 Sep 2025 (Midden); the herfstvakantie week does not count: 24 Nov is week 12, 1 Dec week 13.
        var scenario = new Scenario().Enrolled(D("2010-03-10"))
            .Sick("S1", D("2025-09-01"), D("2025-09-02"))
            .Sick("S2", D("2025-09-15"), D("2025-09-16"))
            .Sick("S3", D("2025-10-06"), D("2025-10-07"))
            .Sick("S4", D(fourth), D(fourth).AddDays(1));
        var signals = Mazl(scenario);
        Assert.Equal(expected, signals.Count == 1);
        if (expected)
        {
            var signal = signals[0];
            Assert.Equal(SignalRecipient.School, signal.Recipient);
            Assert.Equal(D("2025-09-01"), signal.Begindatum);
            Assert.Equal(D(fourth), signal.Einddatum);
            Assert.Equal(4, signal.BasedOnDates.Count);
            Assert.Equal("4-ziekmeldingen-in-12-schoolweken", signal.Criterion);
        }
    }

    [Theory]
    [InlineData("2025-09-12", true)]
    [InlineData("2025-09-11", false)]
    public void Should_meet_the_criterion_on_the_7th_consecutive_school_day_sick_when_a_weekend_lies_in_between(string recoveredOn, bool expected)
    {
        var scenario = new Scenario().Enrolled(D("2010-03-10")).Sick("S1", D("2025-09-03"), D(recoveredOn));
        var signals = Mazl(scenario);
        Assert.Equal(expected, signals.Count == 1);
        if (expected)
        {
            Assert.Equal(D("2025-09-11"), signals[0].Einddatum);
            Assert.Equal(7, signals[0].VerzuimDagen);
            Assert.Equal(SignalRecipient.School, signals[0].Recipient);
        }
    }

    [Theory]
    [InlineData("2025-11-24", true)]
    [InlineData("2025-12-01", false)]
    public void Should_meet_the_criterion_when_4_single_ziekte_registration_days_fall_within_12_school_weeks_without_sick_reports(string fourth, bool expected)
    {
        // domain.md section 6: a sick report is a sick episode however the LVS delivers it; many LVS send only
        // absence registrations with reason ziekte (NCJ: the 4th sick report within 12 school weeks).
        var scenario = new Scenario().Enrolled(D("2010-03-10"));
        foreach (var day in new[] { "2025-09-01", "2025-09-15", "2025-10-06", fourth })
        {
            scenario.Absent(D(day), lessons: 7, status: AbsenceStatus.AbsentAuthorised, reason: AbsenceReason.Ziekte);
        }

        var signals = Mazl(scenario);
        Assert.Equal(expected, signals.Count == 1);
        if (expected)
        {
            Assert.Equal("mazl-ziekmeldingen", signals[0].Rule);
            Assert.Equal([D("2025-09-01"), D("2025-09-15"), D("2025-10-06"), D(fourth)], signals[0].BasedOnDates);
            Assert.Equal(D(fourth), signals[0].TriggeredOn);
        }
    }

    [Fact]
    public void Should_count_one_episode_when_a_sick_report_and_ziekte_registrations_cover_the_same_days()
    {
        // domain.md section 6: sick report S1 with ziekte registrations on its days is one episode; Friday 12 and
        // Monday 15 September touch over the weekend and are one episode too. Three episodes: no criterion yet.
        var scenario = new Scenario().Enrolled(D("2010-03-10"))
            .Sick("S1", D("2025-09-01"), D("2025-09-03"))
            .Absent(D("2025-09-01"), lessons: 7, status: AbsenceStatus.AbsentAuthorised, reason: AbsenceReason.Ziekte)
            .Absent(D("2025-09-02"), lessons: 7, status: AbsenceStatus.AbsentAuthorised, reason: AbsenceReason.Ziekte)
            .Absent(D("2025-09-12"), lessons: 7, status: AbsenceStatus.AbsentAuthorised, reason: AbsenceReason.Ziekte)
            .Absent(D("2025-09-15"), lessons: 7, status: AbsenceStatus.AbsentAuthorised, reason: AbsenceReason.Ziekte)
            .Absent(D("2025-10-06"), lessons: 7, status: AbsenceStatus.AbsentAuthorised, reason: AbsenceReason.Ziekte);
        Assert.Empty(Mazl(scenario));

        var signal = Assert.Single(Mazl(scenario.Absent(D("2025-11-24"), lessons: 7, status: AbsenceStatus.AbsentAuthorised, reason: AbsenceReason.Ziekte)));
        Assert.Equal([D("2025-09-01"), D("2025-09-12"), D("2025-10-06"), D("2025-11-24")], signal.BasedOnDates);
        Assert.Contains("S1", signal.BasedOnRecordIds);
        Assert.Equal(4, signal.VerzuimDagen);
    }

    [Fact]
    public void Should_signal_the_school_when_the_zorgenvinkje_is_set()
    {
        var signal = Assert.Single(Mazl(new Scenario().Enrolled(D("2010-03-10")).Zorgenvinkje(D("2025-09-10"))));
        Assert.Equal("bij-zorg", signal.Criterion);
        Assert.Equal(SignalRecipient.School, signal.Recipient);
    }

    [Fact]
    public void Should_not_signal_when_mazl_is_off_for_the_gemeente()
    {
        var context = Contexts.With(s => s with { Mazl = s.Mazl with { Enabled = false } });
        Assert.Empty(Mazl(new Scenario().Enrolled(D("2010-03-10")).Zorgenvinkje(D("2025-09-10")), context));
    }

    [Theory]
    [InlineData(false, 4, 0)]
    [InlineData(true, 4, 0)]
    [InlineData(true, 5, 1)]
    [InlineData(false, 5, 0)]
    public void Should_use_the_po_variant_when_enabled_for_po(bool enabledForPo, int reports, int expected)
    {
        var context = Contexts.With(s => s with { Mazl = s.Mazl with { EnabledForPo = enabledForPo } });
        var scenario = new Scenario().Enrolled(D("2017-03-10"), SchoolKind.Po);
        for (var i = 0; i < reports; i++)
        {
            var from = D("2025-09-01").AddDays(21 * i);
            scenario.Sick("S" + i, from, from.AddDays(1));
        }

        Assert.Equal(expected, Mazl(scenario, context).Count);
    }

    [Fact]
    public void Should_signal_po_when_more_than_9_school_days_are_sick_in_a_school_year()
    {
        var context = Contexts.With(s => s with { Mazl = s.Mazl with { EnabledForPo = true } });
        var scenario = new Scenario().Enrolled(D("2017-03-10"), SchoolKind.Po)
            .Sick("S1", D("2025-09-01"), D("2025-09-06"))
            .Sick("S2", D("2025-11-03"), D("2025-11-08"));
        var signal = Assert.Single(Mazl(scenario, context));
        Assert.Equal(D("2025-11-07"), signal.Einddatum);
        Assert.Equal(10, signal.VerzuimDagen);
    }
}
