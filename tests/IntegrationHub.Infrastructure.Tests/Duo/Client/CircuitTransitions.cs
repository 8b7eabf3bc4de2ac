using IntegrationHub.Infrastructure.Duo.Client;
using Microsoft.Extensions.Logging.Testing;

namespace IntegrationHub.Infrastructure.Tests.Duo.Client;

/// <summary>The DUO circuit's logged transitions must follow the breaker's own state machine.</summary>
public static class CircuitTransitions
{
    private static readonly HashSet<(int, int)> Allowed =
    [
        (DuoClientLogEvents.CircuitOpened, DuoClientLogEvents.CircuitHalfOpened),
        (DuoClientLogEvents.CircuitHalfOpened, DuoClientLogEvents.CircuitOpened),
        (DuoClientLogEvents.CircuitHalfOpened, DuoClientLogEvents.CircuitClosed),
        (DuoClientLogEvents.CircuitClosed, DuoClientLogEvents.CircuitOpened),
    ];

    /// <summary>Every consecutive pair of <paramref name="transitions"/> is a move the circuit can make.</summary>
    public static void AssertInValidOrder(IReadOnlyList<FakeLogRecord> transitions)
    {
        for (var i = 1; i < transitions.Count; i++)
        {
            Assert.Contains((transitions[i - 1].Id.Id, transitions[i].Id.Id), Allowed);
        }
    }
}
