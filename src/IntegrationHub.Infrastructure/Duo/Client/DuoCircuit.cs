using Polly.CircuitBreaker;

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>
/// The state of the "duo" pipeline's circuit breaker (one circuit for every DUO operation), for the gauge and the health
/// check. Polly moves an open circuit to half-open lazily, on the first call after the break duration.
/// </summary>
public sealed class DuoCircuit
{
    /// <summary>Attached to the circuit breaker when the pipeline is built.</summary>
    internal CircuitBreakerStateProvider StateProvider { get; } = new();

    public CircuitState State => StateProvider.CircuitState;

    /// <summary>The gauge's value: 0 closed, 1 half-open, 2 open (or isolated by hand).</summary>
    public int GaugeValue => State switch
    {
        CircuitState.Closed => 0,
        CircuitState.HalfOpen => 1,
        _ => 2,
    };
}
