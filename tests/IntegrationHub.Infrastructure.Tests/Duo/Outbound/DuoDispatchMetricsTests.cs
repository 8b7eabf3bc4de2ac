using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using IntegrationHub.Application.Duo;
using IntegrationHub.Infrastructure.Duo.Dispatch;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Tests.Duo.Outbound;

/// <summary>The dispatcher's instruments on the DUO meter: dispatched by operation and outcome, and the pending requests.</summary>
public sealed class DuoDispatchMetricsTests(DuoOutboundDatabase db) : IClassFixture<DuoOutboundDatabase>
{
    [Fact]
    public async Task Should_count_unavailable_then_registered_and_show_the_pending_requests_when_duo_recovers()
    {
        var measurements = new ConcurrentQueue<(string Instrument, long Value, string? Operation, string? Outcome)>();
        var factory = db.Services.GetRequiredService<IMeterFactory>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DuoMeter.Name && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            string? operation = null, outcome = null;
            foreach (var tag in tags)
            {
                operation = tag.Key == "operation" ? tag.Value as string : operation;
                outcome = tag.Key == "outcome" ? tag.Value as string : outcome;
            }

            measurements.Enqueue((instrument.Name, value, operation, outcome));
        });
        listener.Start();
        var (pupil, _) = await db.NewPupilAsync();
        await db.ConsumeAsync(DuoOutboundDatabase.Ready(pupil));

        db.Register.Down = true;
        try
        {
            await db.DrainAsync(db.Register);
        }
        finally
        {
            db.Register.Down = false;
        }

        listener.RecordObservableInstruments();
        var pendingWhileDown = measurements.Last(m => m.Instrument == DuoDispatchMetrics.PendingName).Value;
        db.Clock.Advance(TimeSpan.FromMinutes(1));
        await db.DrainAsync(db.Register);
        listener.RecordObservableInstruments();

        Assert.Equal(1, pendingWhileDown);
        Assert.Equal(0, measurements.Last(m => m.Instrument == DuoDispatchMetrics.PendingName).Value);
        var dispatched = measurements.Where(m => m.Instrument == DuoDispatchMetrics.DispatchedName).Select(m => (m.Operation, m.Outcome, m.Value)).ToList();
        Assert.Equal([("melden", "unavailable", 1L), ("melden", "registered", 1L)], dispatched);
    }
}
