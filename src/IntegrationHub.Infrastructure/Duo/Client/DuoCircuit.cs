using Polly.CircuitBreaker;

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>
/// The state of the "duo" pipeline's circuit breaker (one circuit for every DUO operation), for the gauge, the health
/// check and the worker's heartbeat. Polly moves an open circuit to half-open lazily, on the first call after the break
/// duration. <see cref="Since"/> is when the circuit last changed state (null: closed since the worker started).
/// </summary>
public sealed class DuoCircuit
{
    private long _sinceTicks;

    /// <summary>Attached to the circuit breaker when the pipeline is built.</summary>
    internal CircuitBreakerStateProvider StateProvider { get; } = new();

    public CircuitState State => StateProvider.CircuitState;

    /// <summary>When the circuit last opened, half-opened or closed; null before its first transition.</summary>
    public DateTimeOffset? Since
    {
        get
        {
            var ticks = Interlocked.Read(ref _sinceTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>The state as the heartbeat and the console write it: closed, half-open or open (isolated counts as open).</summary>
    public string StateText => State switch
    {
        CircuitState.Closed => "closed",
        CircuitState.HalfOpen => "half-open",
        _ => "open",
    };

    /// <summary>The gauge's value: 0 closed, 1 half-open, 2 open (or isolated by hand).</summary>
    public int GaugeValue => State switch
    {
        CircuitState.Closed => 0,
        CircuitState.HalfOpen => 1,
        _ => 2,
    };

    /// <summary>Called by the circuit breaker's callbacks on every transition.</summary>
    internal void Transitioned(DateTimeOffset at) => Interlocked.Exchange(ref _sinceTicks, at.UtcTicks);
}
