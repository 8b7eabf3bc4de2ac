using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class ReplayTests
{
    [Fact]
    public void Should_sort_pupils_and_signals_when_replaying_many_pupils()
    {
        var b = new Scenario("B").Enrolled(D("2012-03-10")).Absent(D("2025-09-01"), lessons: 16);
        var a = new Scenario("A").Enrolled(D("2012-03-10")).Absent(D("2025-09-02"), lessons: 8).Absent(D("2025-09-03"), lessons: 8);
        var events = b.Events.Concat(a.Events).Reverse().ToList();
        var context = Contexts.Midden();

        var result = SignaleringEngine.Replay(events, _ => context, Now);

        Assert.Equal(["A", "B"], result.States.Select(s => s.Pupil));
        Assert.Equal(result.Signals.OrderBy(s => s.Pupil, StringComparer.Ordinal).ThenBy(s => s.SignalId, StringComparer.Ordinal), result.Signals);
        Assert.Contains(result.Signals, s => s.Pupil == "A" && s.Kind == SignalKind.Melding16Uur);
        Assert.Contains(result.Signals, s => s.Pupil == "B" && s.Kind == SignalKind.Melding16Uur);
    }
}
