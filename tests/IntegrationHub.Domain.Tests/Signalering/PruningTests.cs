using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class PruningTests
{
    [Fact]
    public void Should_drop_facts_older_than_the_horizon_when_time_moves_on()
    {
        var context = Contexts.Midden() with { HorizonDays = 60 };
        var scenario = new Scenario().Enrolled(D("2012-03-10")).Absent(D("2025-09-01"), lessons: 3).Absent(D("2025-12-01"), lessons: 3);
        PupilState? state = null;
        foreach (var e in scenario.Events)
        {
            var now = e is IntegrationHub.Domain.Events.AttendanceRecorded a ? new DateTimeOffset(a.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : Now.AddYears(-1);
            state = SignaleringEngine.Apply(state, e, context, now).State;
        }

        Assert.All(state!.Registrations.Values, r => Assert.Equal(D("2025-12-01"), r.Date));
    }

    [Fact]
    public void Should_ignore_an_attendance_event_when_it_is_older_than_the_horizon()
    {
        var context = Contexts.Midden() with { HorizonDays = 30 };
        var scenario = new Scenario().Enrolled(D("2012-03-10")).Absent(D("2025-12-01"), lessons: 1).Absent(D("2025-09-01"), lessons: 16);
        var now = new DateTimeOffset(2025, 12, 2, 0, 0, 0, TimeSpan.Zero);
        PupilState? state = null;
        foreach (var e in scenario.Events)
        {
            state = SignaleringEngine.Apply(state, e, context, now).State;
        }

        Assert.DoesNotContain(state!.Signals, s => s.Kind == SignalKind.Melding16Uur);
        Assert.DoesNotContain(state.Registrations.Values, r => r.Date == D("2025-09-01"));
    }
}
