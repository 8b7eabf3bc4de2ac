using System.Diagnostics.Metrics;
using IntegrationHub.Application.Duo;

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>
/// The DUO client's instruments on the meter <see cref="DuoMeter.Name"/>:
/// <list type="bullet">
/// <item><c>duo.client.requests</c> {request}, tags operation and outcome: one "ok" or "business-error" per exchange DUO
/// answered, one "transient-failure" per failed attempt (5xx, fault, timeout, lost answer), and one "unavailable" per call
/// the client gave up on (retries spent, circuit open, or a refusal retrying cannot change) and threw
/// <see cref="DuoUnavailableException"/>. An exchange the caller itself cancelled counts as "transient-failure" too.</item>
/// <item><c>duo.client.retries</c> {retry}, tag operation.</item>
/// <item><c>duo.client.circuit.transitions</c> {transition}, tag transition: opened, half-opened, closed.</item>
/// <item><c>duo.client.circuit.state</c> gauge: 0 closed, 1 half-open, 2 open.</item>
/// <item><c>duo.client.melden.found_existing</c> {melding}: melden calls answered from DUO's register by the business key
/// (an earlier answer was lost) instead of sending again.</item>
/// </list>
/// </summary>
public sealed class DuoClientMetrics
{
    public const string Requests = "duo.client.requests";
    public const string Retries = "duo.client.retries";
    public const string CircuitTransitions = "duo.client.circuit.transitions";
    public const string CircuitState = "duo.client.circuit.state";
    public const string FoundExisting = "duo.client.melden.found_existing";

    private readonly Counter<long> _requests;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _transitions;
    private readonly Counter<long> _foundExisting;

    public DuoClientMetrics(IMeterFactory meterFactory, DuoCircuit circuit)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(circuit);
        var meter = meterFactory.Create(DuoMeter.Name);
        _requests = meter.CreateCounter<long>(Requests, "{request}", "Requests to DUO by operation and outcome.");
        _retries = meter.CreateCounter<long>(Retries, "{retry}", "Retries of DUO calls after a transient failure.");
        _transitions = meter.CreateCounter<long>(CircuitTransitions, "{transition}", "Transitions of the DUO circuit breaker.");
        _foundExisting = meter.CreateCounter<long>(FoundExisting, "{melding}", "Melden answered from DUO's register after a lost answer.");
        meter.CreateObservableGauge(CircuitState, () => circuit.GaugeValue, "{state}", "DUO circuit: 0 closed, 1 half-open, 2 open.");
    }

    public void Request(string operation, string outcome) =>
        _requests.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("outcome", outcome));

    public void Retry(string operation) => _retries.Add(1, new KeyValuePair<string, object?>("operation", operation));

    public void Transition(string transition) => _transitions.Add(1, new KeyValuePair<string, object?>("transition", transition));

    public void MeldenFoundExisting() => _foundExisting.Add(1);
}
