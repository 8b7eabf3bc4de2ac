using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class HourCountingTests
{
    [Theory]
    [InlineData(RegistrationUnit.Lesson, 45, 60)]
    [InlineData(RegistrationUnit.Lesson, 60, 60)]
    [InlineData(RegistrationUnit.Lesson, 90, 90)]
    [InlineData(RegistrationUnit.Dagdeel, 45, 45)]
    [InlineData(RegistrationUnit.Dagdeel, 210, 210)]
    public void Should_count_lesson_hours_for_vo_and_clock_hours_for_po_when_absent(RegistrationUnit unit, int minutes, int countable) =>
        Assert.Equal(countable, HourCounting.CountableMinutes(unit, minutes, AbsenceStatus.AbsentUnauthorised));

    [Fact]
    public void Should_count_minutes_late_when_the_pupil_is_late_for_a_lesson() =>
        Assert.Equal(10, HourCounting.CountableMinutes(RegistrationUnit.Lesson, 10, AbsenceStatus.Late));

    [Fact]
    public void Should_reach_16_lesson_hours_in_vo_when_po_clock_hours_would_not()
    {
        var context = Contexts.Midden(Contexts.Only16Uur());
        var vo = new Scenario().Enrolled(D("2012-03-10")).Absent(D("2025-09-01"), lessons: 8, minutes: 45).Absent(D("2025-09-02"), lessons: 8, minutes: 45);
        var po = new Scenario().Enrolled(D("2017-03-10"), SchoolKind.Po).Absent(D("2025-09-01"), lessons: 8, minutes: 45, unit: RegistrationUnit.Dagdeel).Absent(D("2025-09-02"), lessons: 8, minutes: 45, unit: RegistrationUnit.Dagdeel);
        var melding = Assert.Single(vo.Signals(context), s => s.Kind == SignalKind.Melding16Uur);
        Assert.Equal(16m, melding.VerzuimUren);
        Assert.Equal(16 * 45, melding.VerzuimMinuten);
        Assert.DoesNotContain(po.Signals(context), s => s.Kind == SignalKind.Melding16Uur);
    }
}
