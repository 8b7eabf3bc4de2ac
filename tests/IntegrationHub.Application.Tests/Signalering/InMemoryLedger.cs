using IntegrationHub.Application.Persistence;
using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Events;

namespace IntegrationHub.Application.Tests.Signalering;

/// <summary>The ledger port kept in memory for consumer tests.</summary>
internal sealed class InMemoryLedger : ILedgerReader
{
    private readonly List<LedgerEntry> _entries = [];

    public LedgerEntry Append(PupilEvent @event)
    {
        var entry = new LedgerEntry(_entries.Count + 1, Guid.Parse(@event.EventId), @event.OccurredAt, @event);
        _entries.Add(entry);
        return entry;
    }

    public Task<IReadOnlyList<LedgerEntry>> LoadPupilAsync(string pupil, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LedgerEntry>>(_entries.Where(e => e.Event.Pupil == pupil).ToList());

    public Task<LedgerEntry?> LoadAsync(long sequence, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.FirstOrDefault(e => e.Sequence == sequence));

    /// <summary>In memory the entry is already decoded: the one appended with this sequence.</summary>
    public LedgerEntry Decode(long sequence, Guid messageId, string eventType, DateTimeOffset recordedAt, string payload) =>
        _entries.Single(e => e.Sequence == sequence);

    public Task<IReadOnlyList<SchoolCalendarOverride>> LoadCalendarsAsync(string brin, string vestiging, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SchoolCalendarOverride>>([]);
}
