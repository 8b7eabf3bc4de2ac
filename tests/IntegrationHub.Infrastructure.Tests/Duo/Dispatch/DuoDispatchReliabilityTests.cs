using System.Diagnostics.Metrics;
using System.Text.Json;
using IntegrationHub.DuoStandIn;
using IntegrationHub.Infrastructure.Duo.Client;
using IntegrationHub.Infrastructure.Duo.Dispatch;
using IntegrationHub.Infrastructure.Duo.Wire;
using IntegrationHub.Infrastructure.Tests.Duo.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IntegrationHub.Infrastructure.Tests.Duo.Dispatch;

/// <summary>
/// The issue's must-show through the hub's own DUO loop: 1,000 meldingen queued in duo_outbox by the hub's DUO consumer
/// on the real PostgreSQL, sent by the dispatcher's passes through the real DUO client over HTTPS to the stand-in, which
/// fails half of all calls (SOAP faults before processing, lost answers after it) and is down for a while. Every melding
/// is registered exactly once in the stand-in's own (naive) store, every request ends registered with DUO's
/// meldingsnummer and one VerzuimmeldingRegistered for the school, and the circuit opens and closes: in the logs and in
/// the DUO meter.
/// </summary>
public sealed class DuoDispatchReliabilityTests(DuoDispatchStandInDatabase db, ITestOutputHelper output) : IClassFixture<DuoDispatchStandInDatabase>
{
    private const int Meldingen = 1000;
    private const int UnavailableEvent = 4604; // DuoOutboundLog.Unavailable
    private const int RegisteredEvent = 4603; // DuoOutboundLog.Registered
    private static readonly TimeSpan BreakDuration = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task Should_register_every_melding_exactly_once_and_open_and_close_the_circuit_when_the_dispatcher_sends_through_a_failing_stand_in()
    {
        var ids = await db.QueueMeldingenAsync(Meldingen);
        var client = db.Client;
        var faults = db.Faults;
        using var dispatchMeter = new DuoMeterRecorder(db.Services.GetRequiredService<IMeterFactory>());
        var pass = db.Services.GetRequiredService<DuoDispatchPass>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));

        var passes = 0;
        var outageFrom = 0;
        var outageUntil = 0;
        while (await db.CountAsync("SELECT count(*) FROM duo_outbox WHERE done_at IS NULL") > 0)
        {
            passes++;
            Assert.True(passes < 5000 && !timeout.IsCancellationRequested,
                $"The dispatcher did not finish: {await db.CountAsync("SELECT count(*) FROM duo_outbox WHERE done_at IS NULL")} requests still pending after {passes - 1} passes.");
            if (passes == 2)
            {
                faults.Down = true; // an outage: every call fails until the circuit has opened
                outageFrom = passes;
            }

            var handled = await pass.RunAsync(timeout.Token);
            client.Meter.Observe();
            if (faults.Down && client.LogsWithEvent(DuoClientLogEvents.CircuitOpened).Count > 0)
            {
                faults.Down = false;
                outageUntil = passes;
            }

            if (handled == 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token); // every pupil waits on its back-off
            }
        }

        dispatchMeter.Observe();
        client.Meter.Observe();
        Assert.Empty(db.Errors.Errors);
        Assert.True(outageUntil > 0, "The circuit did not open during the outage.");

        // Exactly once in the stand-in's own store: every melding, none twice, nothing else.
        var store = client.StandIn.Store;
        var registrations = store.Registrations;
        Assert.Equal(Meldingen, registrations.Count);
        Assert.Equal(ids.Order(), registrations.Select(r => r.MeldingId).Order());
        var meldingsnummers = registrations.ToDictionary(r => r.MeldingId, r => r.Meldingsnummer);

        // None lost: every request done as registered, every melding R with the meldingsnummer the stand-in gave it.
        var requests = await db.QueryAsync<(Guid MeldingId, string Operation, string? Outcome, DateTime? DoneAt)>(
            "SELECT melding_id, operation, outcome, done_at FROM duo_outbox");
        Assert.Equal(Meldingen, requests.Count);
        Assert.All(requests, r => Assert.Equal(("melden", "registered", true), (r.Operation, r.Outcome, r.DoneAt.HasValue)));
        Assert.Equal(ids.Order(), requests.Select(r => r.MeldingId).Order());
        var meldingen = await db.QueryAsync<(Guid MeldingId, string Status, string? Meldingsnummer)>(
            "SELECT melding_id, status, meldingsnummer FROM duo_meldingen");
        Assert.Equal(Meldingen, meldingen.Count);
        Assert.All(meldingen, m => Assert.Equal(("R", meldingsnummers[m.MeldingId]), (m.Status, m.Meldingsnummer)));

        // The school hears it once per melding, with DUO's meldingsnummer.
        var feedback = await db.QueryAsync<string>("SELECT body::text FROM outbox WHERE message_type LIKE '%.VerzuimmeldingRegistered'");
        var told = feedback.Select(body =>
        {
            using var json = JsonDocument.Parse(body);
            return (MeldingId: json.RootElement.GetProperty("meldingId").GetGuid(), Meldingsnummer: json.RootElement.GetProperty("meldingsnummer").GetString());
        }).ToList();
        Assert.Equal(ids.Order(), told.Select(t => t.MeldingId).Order());
        Assert.All(told, t => Assert.Equal(meldingsnummers[t.MeldingId], t.Meldingsnummer));

        // Every request that reached DUO has exactly one disclosure log entry, however often it was tried.
        var disclosed = await db.QueryAsync<(Guid MessageId, long Entries)>(
            "SELECT o.request_id, count(d.message_id) FROM duo_outbox o LEFT JOIN disclosures d ON d.message_id = o.request_id AND d.recipient = 'duo' GROUP BY o.request_id");
        Assert.Equal(Meldingen, disclosed.Count);
        Assert.All(disclosed, d => Assert.Equal(1L, d.Entries));

        // The faults really happened, and the dispatcher left requests waiting and came back for them.
        var calls = store.Calls;
        var faulted = calls.Count(c => c.Outcome == DuoStandInOutcome.Faulted);
        var lost = calls.Count(c => c.Outcome == DuoStandInOutcome.Lost);
        var down = calls.Count(c => c.Outcome == DuoStandInOutcome.Down);
        var lostMelden = calls.Count(c => c.Operation == DuoOperation.MeldenRelatiefVerzuim && c.Outcome == DuoStandInOutcome.Lost);
        Assert.True(faulted > 0, "No fault was injected.");
        Assert.True(lostMelden > 0, "No melden answer was lost.");
        Assert.True(down > 0, "No call reached the stand-in while it was down.");
        var dispatcherLogs = db.DispatcherLogs.GetSnapshot();
        var unavailable = dispatcherLogs.Count(r => r.Id.Id == UnavailableEvent);
        Assert.True(unavailable > 0, "The dispatcher never found DUO unavailable.");
        Assert.Equal(Meldingen, dispatcherLogs.Count(r => r.Id.Id == RegisteredEvent));

        // The circuit opened (for the configured break), half-opened and closed again: in the client's logs ...
        var transitions = client.Logs.GetSnapshot()
            .Where(r => r.Id.Id is DuoClientLogEvents.CircuitOpened or DuoClientLogEvents.CircuitHalfOpened or DuoClientLogEvents.CircuitClosed)
            .ToList();
        var opened = transitions.Count(r => r.Id.Id == DuoClientLogEvents.CircuitOpened);
        var halfOpened = transitions.Count(r => r.Id.Id == DuoClientLogEvents.CircuitHalfOpened);
        var closed = transitions.Count(r => r.Id.Id == DuoClientLogEvents.CircuitClosed);
        Assert.Equal(DuoClientLogEvents.CircuitOpened, transitions[0].Id.Id);
        Assert.All(transitions.Where(r => r.Id.Id == DuoClientLogEvents.CircuitOpened),
            r => Assert.Equal(BreakDuration.ToString(), r.GetStructuredStateValue("BreakDuration")));
        Assert.True(halfOpened > 0, "The circuit never half-opened.");
        Assert.Equal(DuoClientLogEvents.CircuitClosed, transitions[^1].Id.Id);
        CircuitTransitions.AssertInValidOrder(transitions);

        output.WriteLine($"{Meldingen} meldingen through duo_outbox in {passes} dispatcher passes: {registrations.Count} registrations at the stand-in " +
            $"({registrations.Select(r => r.MeldingId).Distinct().Count()} distinct); {calls.Count} calls ({faulted} faulted, {lost} lost of which {lostMelden} melden, " +
            $"{down} down during passes {outageFrom}..{outageUntil}); {unavailable} requests left waiting (DuoUnavailableException); " +
            $"circuit opened {opened}x, half-opened {halfOpened}x, closed {closed}x.");
        foreach (var record in transitions)
        {
            output.WriteLine($"{record.Timestamp:HH:mm:ss.fff} {record.Level} {record.Message}");
        }

        // ... and in the DUO meter: the client's transitions as logged and its gauge ending closed, the dispatcher's outcomes.
        var clientMeter = client.Meter;
        Assert.Equal(opened, clientMeter.Sum(DuoClientMetrics.CircuitTransitions, ("transition", "opened")));
        Assert.Equal(halfOpened, clientMeter.Sum(DuoClientMetrics.CircuitTransitions, ("transition", "half-opened")));
        Assert.Equal(closed, clientMeter.Sum(DuoClientMetrics.CircuitTransitions, ("transition", "closed")));
        Assert.Equal(0L, clientMeter.Values(DuoClientMetrics.CircuitState)[^1]);
        Assert.Equal(lostMelden, clientMeter.Sum(DuoClientMetrics.FoundExisting));
        Assert.Equal(Meldingen, dispatchMeter.Sum(DuoDispatchMetrics.DispatchedName, ("operation", "melden"), ("outcome", "registered")));
        Assert.Equal(unavailable, dispatchMeter.Sum(DuoDispatchMetrics.DispatchedName, ("operation", "melden"), ("outcome", "unavailable")));
        Assert.Equal(0, dispatchMeter.Sum(DuoDispatchMetrics.DispatchedName, ("operation", "melden"), ("outcome", "refused")));
        Assert.Equal(0L, dispatchMeter.Values(DuoDispatchMetrics.PendingName)[^1]);
    }
}
