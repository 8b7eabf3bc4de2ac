using System.Collections.Concurrent;
using IntegrationHub.Application.Duo;
using IntegrationHub.DuoStandIn;
using IntegrationHub.Infrastructure.Duo.Client;
using IntegrationHub.Infrastructure.Duo.Wire;
using Polly.CircuitBreaker;
using Xunit.Abstractions;

namespace IntegrationHub.Infrastructure.Tests.Duo.Client;

/// <summary>
/// The issue's must-show: with the stand-in failing half of all calls (SOAP faults before processing, and lost answers
/// after processing), 1,000 meldingen sent as a dispatcher would (a DuoUnavailableException leaves the melding for a
/// later pass) are each registered exactly once in the stand-in's own (naive) store. An outage in the middle opens the
/// circuit; the logs and the meter show it open, half-open and close as configured.
/// </summary>
public sealed class DuoClientReliabilityTests(ITestOutputHelper output)
{
    private const int Meldingen = 1000;
    private static readonly TimeSpan BreakDuration = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task Should_register_every_melding_exactly_once_when_half_the_calls_fail_and_answers_are_lost()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var faults = new DuoStandInFaults { FaultRate = 0.35, LostResponseRate = 0.15 };
        await using var harness = await DuoClientHarness.StartAsync(faults, new Dictionary<string, string?>
        {
            ["AttemptTimeout"] = "00:00:10",
            ["RetryCount"] = "3",
            ["RetryBaseDelay"] = "00:00:00.005",
            ["CircuitFailureRatio"] = "0.9",
            ["CircuitMinimumThroughput"] = "20",
            ["CircuitSamplingDuration"] = "00:00:01",
            ["CircuitBreakDuration"] = "00:00:00.500",
        });
        var register = harness.Register;
        var pending = new ConcurrentDictionary<Guid, DuoVerzuimmelding>(
            Enumerable.Range(0, Meldingen).Select(DuoClientSamples.Melding).ToDictionary(m => m.MeldingId));
        var results = new ConcurrentDictionary<Guid, DuoMeldenResult>();
        var unavailable = 0;
        var outagePasses = 0;

        for (var pass = 1; !pending.IsEmpty; pass++)
        {
            Assert.True(pass < 5000, "The dispatcher loop did not finish.");
            if (pass == 2)
            {
                faults.Down = true; // an outage: every call fails until the circuit has opened
            }

            await Parallel.ForEachAsync(pending.Values.ToList(), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = timeout.Token }, async (melding, ct) =>
            {
                try
                {
                    var result = await register.MeldenAsync(melding, ct);
                    Assert.True(result.IsRegistered, $"Melding {melding.MeldingId} refused: {string.Join(",", result.Errors.Select(e => e.Code))}");
                    Assert.True(results.TryAdd(melding.MeldingId, result), $"Melding {melding.MeldingId} answered twice.");
                    pending.TryRemove(melding.MeldingId, out _);
                }
                catch (DuoUnavailableException)
                {
                    Interlocked.Increment(ref unavailable); // left for a later pass, as the dispatcher does
                }
            });
            harness.Meter.Observe();
            if (faults.Down && harness.Circuit.State == CircuitState.Open)
            {
                faults.Down = false;
                outagePasses = pass - 1;
            }

            if (!pending.IsEmpty)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
            }
        }

        Assert.True(outagePasses > 0, "The circuit did not open during the outage.");

        // Exactly once in the stand-in's own store, none lost, none duplicated, and the hub got DUO's meldingsnummer.
        var store = harness.StandIn.Store;
        Assert.Equal(Meldingen, store.Registrations.Count);
        Assert.Equal(Meldingen, store.Registrations.Select(r => r.MeldingId).Distinct().Count());
        Assert.Equal(Meldingen, results.Count);
        foreach (var registration in store.Registrations)
        {
            Assert.Equal(registration.Meldingsnummer, results[registration.MeldingId].Meldingsnummer);
        }

        // The faults really happened: lost answers after registration were found back by the business key, not resent.
        var lostMelden = store.Calls.Count(c => c.Operation == DuoOperation.MeldenRelatiefVerzuim && c.Outcome == DuoStandInOutcome.Lost);
        Assert.True(lostMelden > 0, "No melden answer was lost.");
        Assert.True(store.Calls.Count(c => c.Outcome == DuoStandInOutcome.Faulted) > 0, "No fault was injected.");
        Assert.True(unavailable > 0, "No call gave up.");
        Assert.Equal(lostMelden, results.Values.Count(r => r.FoundExisting));
        var meter = harness.Meter;
        Assert.Equal(lostMelden, meter.Sum(DuoClientMetrics.FoundExisting));
        Assert.Equal(Meldingen - lostMelden, meter.Sum(DuoClientMetrics.Requests, ("operation", DuoOperationTags.Melden), ("outcome", DuoOutcomes.Ok)));
        Assert.True(meter.Sum(DuoClientMetrics.Requests, ("operation", DuoOperationTags.Melden), ("outcome", DuoOutcomes.TransientFailure)) > 0);
        Assert.True(meter.Sum(DuoClientMetrics.Requests, ("operation", DuoOperationTags.Melden), ("outcome", DuoOutcomes.Unavailable)) > 0);
        Assert.True(meter.Sum(DuoClientMetrics.Retries, ("operation", DuoOperationTags.Melden)) > 0);

        // The circuit opened (for the configured break), half-opened and closed again: in the logs ...
        var transitions = harness.Logs.GetSnapshot()
            .Where(r => r.Id.Id is DuoClientLogEvents.CircuitOpened or DuoClientLogEvents.CircuitHalfOpened or DuoClientLogEvents.CircuitClosed)
            .ToList();
        var opened = transitions.Where(r => r.Id.Id == DuoClientLogEvents.CircuitOpened).ToList();
        Assert.NotEmpty(opened);
        Assert.All(opened, r => Assert.Equal(BreakDuration.ToString(), r.GetStructuredStateValue("BreakDuration")));
        Assert.Contains(transitions, r => r.Id.Id == DuoClientLogEvents.CircuitHalfOpened);
        Assert.Equal(DuoClientLogEvents.CircuitClosed, transitions[^1].Id.Id);
        Assert.Equal(DuoClientLogEvents.CircuitOpened, transitions[0].Id.Id);
        CircuitTransitions.AssertInValidOrder(transitions);

        output.WriteLine($"{Meldingen} meldingen registered once each; {store.Calls.Count} calls at the stand-in " +
            $"({store.Calls.Count(c => c.Outcome == DuoStandInOutcome.Faulted)} faulted, {store.Calls.Count(c => c.Outcome == DuoStandInOutcome.Lost)} lost, " +
            $"{store.Calls.Count(c => c.Outcome == DuoStandInOutcome.Down)} down); {lostMelden} lost melden answers found back by the business key; " +
            $"{unavailable} DuoUnavailableExceptions; {meter.Sum(DuoClientMetrics.Retries)} retries; outage of {outagePasses} pass(es).");
        foreach (var record in transitions)
        {
            output.WriteLine($"{record.Timestamp:HH:mm:ss.fff} {record.Level} {record.Message}");
        }

        // ... and in the meter: the transitions counted as logged, the gauge seen open and ending closed.
        Assert.Equal(opened.Count, meter.Sum(DuoClientMetrics.CircuitTransitions, ("transition", "opened")));
        Assert.Equal(transitions.Count(r => r.Id.Id == DuoClientLogEvents.CircuitHalfOpened), meter.Sum(DuoClientMetrics.CircuitTransitions, ("transition", "half-opened")));
        Assert.Equal(transitions.Count(r => r.Id.Id == DuoClientLogEvents.CircuitClosed), meter.Sum(DuoClientMetrics.CircuitTransitions, ("transition", "closed")));
        var gauge = meter.Values(DuoClientMetrics.CircuitState);
        Assert.Contains(2L, gauge);
        Assert.Equal(0L, gauge[^1]);
    }
}
