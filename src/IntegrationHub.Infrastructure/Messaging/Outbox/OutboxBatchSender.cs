using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Messaging.Outbox;

/// <summary>
/// Sends one claimed batch concurrently while keeping order per destination (the row's destination address; for a
/// publish, its message type). Sends are started in sequence order, at most Outbox:MaxConcurrentSends at a time, so
/// the frames of one destination leave on the bus's channel in order, and their confirms are awaited together.
/// The first row of each destination goes ahead and is confirmed before that destination's later rows start: a
/// destination's first send declares its topology, and sends waiting for that could overtake each other.
/// A row that fails holds back the later rows of its destination that have not started (they stay unsent, in order,
/// for the next round); other destinations go on. A row that fails before the wire (unknown type, unreadable row)
/// holds back every later row of its destination. Rows already on the wire behind one the broker failed (or that Polly
/// is retrying) cannot be called back: they count as sent once confirmed, so that destination may see them before the
/// failed row.
/// </summary>
public sealed class OutboxBatchSender(OutboxDispatcher dispatcher, IOptions<OutboxOptions> options, ILogger<OutboxBatchSender> logger)
{
    private readonly int _maxConcurrentSends = options.Value.MaxConcurrentSends;

    public async Task<OutboxBatchOutcome> SendAsync(IReadOnlyList<OutboxRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var round = new Round(logger);
        var firsts = new List<OutboxSend>();
        var followers = new List<OutboxSend>();
        foreach (var row in rows)
        {
            if (round.IsHeldBack(row))
            {
                continue;
            }

            try
            {
                var send = dispatcher.Prepare(row);
                (round.IsFirstOfDestination(row) ? firsts : followers).Add(send);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                round.Failed(row, exception);
            }
        }

        await SendInOrderAsync(firsts, round, cancellationToken);
        await SendInOrderAsync(followers, round, cancellationToken);
        return round.Outcome(rows.Count);
    }

    private async Task SendInOrderAsync(List<OutboxSend> sends, Round round, CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(_maxConcurrentSends);
        var inFlight = new List<Task>(sends.Count);
        try
        {
            foreach (var send in sends)
            {
                await slots.WaitAsync(cancellationToken);
                if (round.IsHeldBack(send.Row))
                {
                    slots.Release();
                    continue;
                }

                inFlight.Add(SendOneAsync(send, slots, round, cancellationToken));
            }
        }
        finally
        {
            await Task.WhenAll(inFlight);
        }
    }

    /// <summary>
    /// Started in sequence order. Once a destination's topology is declared, MassTransit does not yield before it hands
    /// the message to the channel (which writes in arrival order), so the start order is the wire order.
    /// </summary>
    private async Task SendOneAsync(OutboxSend send, SemaphoreSlim slots, Round round, CancellationToken cancellationToken)
    {
        try
        {
            await dispatcher.SendAsync(send, cancellationToken);
            round.Sent(send.Row);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            round.Failed(send.Row, exception);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>The outcome so far, shared by the sends of a batch (their confirms complete on any thread).</summary>
    private sealed class Round(ILogger logger)
    {
        private readonly Lock _lock = new();
        private readonly HashSet<string> _started = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _firstFailure = new(StringComparer.Ordinal);
        private readonly List<OutboxRow> _sent = [];
        private readonly List<OutboxFailedRow> _failed = [];

        public bool IsFirstOfDestination(OutboxRow row) => _started.Add(DestinationOf(row));

        /// <summary>True when an earlier row of the same destination failed.</summary>
        public bool IsHeldBack(OutboxRow row)
        {
            lock (_lock)
            {
                return _firstFailure.TryGetValue(DestinationOf(row), out var failed) && failed < row.Sequence;
            }
        }

        public void Sent(OutboxRow row)
        {
            lock (_lock)
            {
                _sent.Add(row);
            }
        }

        public void Failed(OutboxRow row, Exception exception)
        {
            OutboxLog.SendFailed(logger, row.Sequence, row.MessageId, row.MessageType, row.Attempts + 1, exception);
            lock (_lock)
            {
                _failed.Add(new OutboxFailedRow(row, exception.Message));
                var destination = DestinationOf(row);
                if (!_firstFailure.TryGetValue(destination, out var failed) || row.Sequence < failed)
                {
                    _firstFailure[destination] = row.Sequence;
                }
            }
        }

        public OutboxBatchOutcome Outcome(int claimed)
        {
            lock (_lock)
            {
                return new OutboxBatchOutcome(
                    claimed, [.. _sent.OrderBy(r => r.Sequence)], [.. _failed.OrderBy(f => f.Row.Sequence)]);
            }
        }

        private static string DestinationOf(OutboxRow row) => row.Destination ?? "publish:" + row.MessageType;
    }
}
