using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class IdempotencyTests
{
    [Fact]
    public void Should_change_nothing_when_an_event_is_applied_twice()
    {
        var context = Contexts.Midden();
        var scenario = new Scenario().Enrolled(D("2012-03-10")).Absent(D("2025-09-01"), lessons: 16);
        var (state, _) = scenario.Run(context);
        var before = System.Text.Json.JsonSerializer.Serialize(state);
        var again = SignaleringEngine.Apply(state, scenario.Events[^1], context, Now);
        Assert.Empty(again.Raised);
        Assert.Empty(again.Updated);
        Assert.Empty(again.Withdrawn);
        Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(again.State));
    }

    [Fact]
    public void Should_give_the_same_signal_id_when_the_same_facts_are_evaluated_again()
    {
        var context = Contexts.Midden();
        var first = new Scenario().Enrolled(D("2012-03-10")).Absent(D("2025-09-01"), lessons: 16).Signals(context);
        var second = new Scenario().Enrolled(D("2012-03-10")).Absent(D("2025-09-01"), lessons: 16).Signals(context);
        Assert.Equal(first.Select(s => s.SignalId), second.Select(s => s.SignalId));
        Assert.Contains(first, s => s.SignalId == "melding-16-uur:P1:2025-09-01:2025-09-01");
    }

    [Fact]
    public void Should_not_stall_when_a_feed_sends_a_date_far_in_the_future()
    {
        var scenario = new Scenario().Enrolled(D("2012-03-10")).Absent(D("2025-09-01"), lessons: 16).Absent(new DateOnly(9999, 12, 30));
        Assert.Contains(scenario.Signals(Contexts.Midden()), s => s.Kind == SignalKind.Melding16Uur);
    }
}
