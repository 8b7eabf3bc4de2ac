using System.Text.Json;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;
using IntegrationHub.Domain.Tests.Support;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Signalering;

public class StateSerializationTests
{
    [Fact]
    public void Should_evaluate_the_same_when_the_state_went_through_json()
    {
        var context = Contexts.Midden();
        var scenario = new Scenario().Enrolled(D("2012-03-10"))
            .Absent(D("2025-09-01"), lessons: 8)
            .Late(D("2025-09-02"))
            .Sick("S1", D("2025-09-03"), D("2025-09-05"))
            .Leave(D("2025-09-08"), D("2025-09-09"))
            .Zorgenvinkje(D("2025-09-10"))
            .Absent(D("2025-09-11"), lessons: 4);
        var (state, _) = scenario.Run(context);
        var json = JsonSerializer.Serialize(state);
        var copy = JsonSerializer.Deserialize<PupilState>(json)!;
        Assert.Equal(json, JsonSerializer.Serialize(copy));

        var next = new Scenario(idPrefix: "next").Absent(D("2025-09-12"), lessons: 4).Events;
        var original = Apply(next, context, state);
        var roundTripped = Apply(next, context, copy);
        Assert.Equal(original.State.Signals, roundTripped.State.Signals);
        Assert.Contains(roundTripped.State.Signals, s => s.Kind == SignalKind.Melding16Uur);
        Assert.Equal(JsonSerializer.Serialize(original.State), JsonSerializer.Serialize(roundTripped.State));
    }

    [Fact]
    public void Should_round_trip_a_signal_when_serialised()
    {
        var signal = new Scenario().Enrolled(D("2012-03-10")).Absent(D("2025-09-01"), lessons: 16, status: AbsenceStatus.AbsentUnauthorised)
            .Signals(Contexts.Midden(Contexts.Only16Uur())).Single();
        Assert.Equal(signal, JsonSerializer.Deserialize<Signal>(JsonSerializer.Serialize(signal)));
    }
}
