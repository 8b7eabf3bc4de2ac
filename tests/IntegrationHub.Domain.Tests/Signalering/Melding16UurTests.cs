using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class Melding16UurTests
{
    private static readonly SignaleringContext Context = Contexts.Midden(Contexts.Only16Uur());

    private static Scenario Pupil() => new Scenario().Enrolled(D("2012-03-10"));

    private static List<Signal> Meldingen(Scenario scenario) =>
        [.. scenario.Signals(Context).Where(s => s.Kind == SignalKind.Melding16Uur)];

    [Fact]
    public void Should_raise_nothing_when_ongeoorloofd_is_15_9_hours()
    {
        var scenario = new Scenario().Enrolled(D("2017-03-10"), SchoolKind.Po)
            .Absent(D("2025-09-01"), lessons: 3, minutes: 240, unit: RegistrationUnit.Dagdeel)
            .Absent(D("2025-09-02"), lessons: 1, minutes: 234, unit: RegistrationUnit.Dagdeel);
        Assert.Empty(Meldingen(scenario));
    }

    [Fact]
    public void Should_raise_a_melding_when_ongeoorloofd_is_exactly_16_hours()
    {
        var scenario = Pupil()
            .Absent(D("2025-09-01"), lessons: 6)
            .Absent(D("2025-09-09"), lessons: 6)
            .Absent(D("2025-09-17"), lessons: 4);
        var melding = Assert.Single(Meldingen(scenario));
        Assert.Equal(D("2025-09-01"), melding.Begindatum);
        Assert.Equal(D("2025-09-17"), melding.Einddatum);
        Assert.Equal(D("2025-09-24"), melding.DueDate);
        Assert.Equal(16m, melding.VerzuimUren);
        Assert.Equal(16 * 50, melding.VerzuimMinuten);
        Assert.Equal(3, melding.VerzuimDagen);
        Assert.Equal(SignalRecipient.Leerplicht, melding.Recipient);
        Assert.Equal(VermoedelijkeSoortVerzuim.OngeoorloofdVerzuim16UurIn4Lesweken, melding.SoortVerzuim);
        Assert.Equal(Regime.Leerplicht, melding.Regime);
        Assert.False(melding.IsVervolgmelding);
        Assert.Equal(16, melding.BasedOnRecordIds.Count);
    }

    [Theory]
    [InlineData("2025-09-01", "2025-09-29", false)]
    [InlineData("2025-09-02", "2025-09-29", true)]
    public void Should_only_count_four_school_weeks_when_hours_are_spread(string first, string second, bool expected)
    {
        var scenario = Pupil().Absent(D(first), lessons: 8).Absent(D(second), lessons: 8);
        Assert.Equal(expected, Meldingen(scenario).Count == 1);
    }

    [Fact]
    public void Should_raise_a_melding_when_16_hours_fall_in_4_school_weeks_around_a_holiday_week()
    {
        // 13 Oct and 14 Nov 2025 are 32 calendar days apart, but the herfstvakantie week does not count.
        var scenario = Pupil().Absent(D("2025-10-13"), lessons: 8).Absent(D("2025-11-14"), lessons: 8);
        var melding = Assert.Single(Meldingen(scenario));
        Assert.Equal(D("2025-10-13"), melding.Begindatum);
        Assert.Equal(D("2025-11-14"), melding.Einddatum);
    }

    [Fact]
    public void Should_ignore_absence_when_it_is_registered_on_a_holiday()
    {
        var scenario = Pupil().Absent(D("2025-10-21"), lessons: 8).Absent(D("2025-10-28"), lessons: 8);
        Assert.Empty(Meldingen(scenario));
    }

    [Fact]
    public void Should_restart_counting_after_the_einddatum_when_a_melding_was_made()
    {
        var scenario = Pupil()
            .Absent(D("2025-09-01"), lessons: 16)
            .Absent(D("2025-09-15"), lessons: 8)
            .Absent(D("2025-09-22"), lessons: 8);
        var meldingen = Meldingen(scenario);
        Assert.Equal(2, meldingen.Count);
        Assert.Equal(D("2025-09-15"), meldingen[1].Begindatum);
        Assert.Equal(D("2025-09-22"), meldingen[1].Einddatum);
        Assert.True(meldingen[1].IsVervolgmelding);
    }

    [Fact]
    public void Should_count_unexcused_lateness_as_ongeoorloofd_when_the_default_applies()
    {
        var scenario = Pupil().Absent(D("2025-09-01"), lessons: 15);
        for (var i = 0; i < 6; i++)
        {
            scenario.Late(D("2025-09-02"), minutes: 10, registration: "late" + i);
        }

        Assert.Single(Meldingen(scenario));
    }

    [Fact]
    public void Should_not_count_absence_when_leave_was_granted_for_the_date()
    {
        var scenario = Pupil().Leave(D("2025-09-01"), D("2025-09-02")).Absent(D("2025-09-01"), lessons: 8).Absent(D("2025-09-02"), lessons: 8);
        Assert.Empty(Meldingen(scenario));
    }

    [Theory]
    [InlineData(AbsenceStatus.AbsentAuthorised, AbsenceReason.Ziekte)]
    [InlineData(AbsenceStatus.AbsentAuthorised, AbsenceReason.Schorsing)]
    [InlineData(AbsenceStatus.AbsentAuthorised, AbsenceReason.Verlof)]
    [InlineData(AbsenceStatus.AbsentUnauthorised, AbsenceReason.Ziekte)]
    [InlineData(AbsenceStatus.AbsentAuthorised, AbsenceReason.Overmacht)]
    public void Should_not_report_when_the_absence_is_geoorloofd(AbsenceStatus status, AbsenceReason reason)
    {
        var scenario = Pupil().Absent(D("2025-09-01"), lessons: 16, status: status, reason: reason);
        Assert.Empty(Meldingen(scenario));
    }

    [Fact]
    public void Should_not_report_when_a_sick_report_covers_the_days()
    {
        var scenario = Pupil().Sick("S1", D("2025-09-01"), D("2025-09-03")).Absent(D("2025-09-01"), lessons: 8).Absent(D("2025-09-02"), lessons: 8);
        Assert.Empty(Meldingen(scenario));
    }
}
