using System.Collections.Concurrent;
using IntegrationHub.Application.Meldingen;
using IntegrationHub.Application.Signalering;
using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Signalering;

namespace IntegrationHub.Application.Tests.Signalering;

/// <summary>
/// The signalering store port kept in memory: an inbox, one state and book per pupil and school, and the messages of
/// every evaluation committed (one entry per evaluation, whether it was committed alone or in a batch).
/// </summary>
internal sealed class InMemorySignaleringStore : ISignaleringStore
{
    private readonly ConcurrentDictionary<Guid, bool> _inbox = new();
    private readonly ConcurrentDictionary<(string, SchoolLocation), (PupilState? State, MeldingBook Book)> _pupils = new();
    private readonly SemaphoreSlim _lock = new(1, 1);

    public ConcurrentQueue<HubMessages> Committed { get; } = new();

    public Dictionary<(string Pupil, SchoolLocation School), string> PupilKeys { get; } = [];

    public async Task<ISignaleringTransaction> BeginAsync(string pupil, SchoolLocation school, Guid messageId, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        var repeat = !_inbox.TryAdd(messageId, true);
        var (state, book) = _pupils.GetValueOrDefault((pupil, school), (null, new MeldingBook()));
        return new Transaction(this, pupil, school, messageId, repeat, state, book, PupilKeys.GetValueOrDefault((pupil, school)));
    }

    public async Task<ISignaleringBatch> BeginBatchAsync(IReadOnlyCollection<SignaleringDelivery> deliveries, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        var marked = deliveries.Select(d => d.MessageId).Distinct().Where(id => _inbox.TryAdd(id, true)).ToHashSet();
        return new Batch(this, marked);
    }

    public Task<ISignaleringTransaction?> ClaimDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult<ISignaleringTransaction?>(null);

    private sealed class Transaction(
        InMemorySignaleringStore store, string pupil, SchoolLocation school, Guid messageId, bool isRepeat, PupilState? state, MeldingBook book, string? lvsPupilKey)
        : ISignaleringTransaction
    {
        private bool _committed;

        public bool IsRepeat { get; } = isRepeat;

        public string Pupil => pupil;

        public SchoolLocation School => school;

        public PupilState? State { get; } = state;

        public MeldingBook Book { get; } = book;

        public string? LvsPupilKey { get; } = lvsPupilKey;

        public Task CommitAsync(PupilEvaluationResult result, DateTimeOffset digestDueAt, CancellationToken cancellationToken)
        {
            store._pupils[(pupil, school)] = (result.State, result.Book);
            store.Committed.Enqueue(result.Messages);
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

    private sealed class Batch(InMemorySignaleringStore store, HashSet<Guid> marked) : ISignaleringBatch
    {
        private readonly Dictionary<(string, SchoolLocation), PupilSnapshot> _pupils = [];
        private readonly List<HubMessages> _recorded = [];
        private bool _committed;

        public bool IsRepeat(Guid messageId) => !marked.Contains(messageId);

        public PupilSnapshot Pupil(string pupil, SchoolLocation school)
        {
            if (!_pupils.TryGetValue((pupil, school), out var snapshot))
            {
                var (state, book) = store._pupils.GetValueOrDefault((pupil, school), (null, new MeldingBook()));
                snapshot = new PupilSnapshot(state, book, store.PupilKeys.GetValueOrDefault((pupil, school)));
                _pupils[(pupil, school)] = snapshot;
            }

            return snapshot;
        }

        public void Record(string pupil, SchoolLocation school, PupilEvaluationResult result, DateTimeOffset digestDueAt)
        {
            _pupils[(pupil, school)] = Pupil(pupil, school) with { State = result.State, Book = result.Book };
            _recorded.Add(result.Messages);
        }

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            foreach (var ((pupil, school), snapshot) in _pupils)
            {
                store._pupils[(pupil, school)] = (snapshot.State, snapshot.Book);
            }

            foreach (var messages in _recorded)
            {
                store.Committed.Enqueue(messages);
            }

            _committed = true;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            if (!_committed)
            {
                foreach (var id in marked)
                {
                    store._inbox.TryRemove(id, out _);
                }
            }

            store._lock.Release();
            return ValueTask.CompletedTask;
        }
    }
}
