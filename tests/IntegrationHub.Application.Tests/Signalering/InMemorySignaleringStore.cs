using System.Collections.Concurrent;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Tests.Signalering;

/// <summary>The signalering store port kept in memory: an inbox, one state per pupil, and every commit.</summary>
internal sealed class InMemorySignaleringStore : ISignaleringStore
{
    private readonly ConcurrentDictionary<Guid, bool> _inbox = new();
    private readonly ConcurrentDictionary<string, PupilState> _states = new();
    private readonly SemaphoreSlim _lock = new(1, 1);

    public ConcurrentQueue<SignalMessages> Committed { get; } = new();

    public Dictionary<(string Pupil, SchoolLocation School), string> PupilKeys { get; } = [];

    public async Task<ISignaleringTransaction> BeginAsync(string pupil, SchoolLocation school, Guid messageId, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        var repeat = !_inbox.TryAdd(messageId, true);
        _states.TryGetValue(pupil, out var state);
        return new Transaction(this, pupil, messageId, repeat, state, PupilKeys.GetValueOrDefault((pupil, school)));
    }

    private sealed class Transaction(InMemorySignaleringStore store, string pupil, Guid messageId, bool isRepeat, PupilState? state, string? lvsPupilKey)
        : ISignaleringTransaction
    {
        private bool _committed;

        public bool IsRepeat { get; } = isRepeat;

        public PupilState? State { get; } = state;

        public string? LvsPupilKey { get; } = lvsPupilKey;

        public Task CommitAsync(SignaleringResult result, SignalMessages messages, CancellationToken cancellationToken)
        {
            store._states[pupil] = result.State;
            store.Committed.Enqueue(messages);
            _committed = true;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (!_committed && !IsRepeat)
            {
                store._inbox.TryRemove(messageId, out _);
            }

            store._lock.Release();
            return ValueTask.CompletedTask;
        }
    }
}
