using IntegrationHub.Domain.Calendar;

namespace IntegrationHub.Application.Persistence;

/// <summary>Reads the attendance ledger (pseudonymised domain events) and the schools' own calendars.</summary>
public interface ILedgerReader
{
    /// <summary>All events of one pupil, in ledger order (sequence).</summary>
    Task<IReadOnlyList<LedgerEntry>> LoadPupilAsync(string pupil, CancellationToken cancellationToken);

    /// <summary>One event by its ledger sequence, or null.</summary>
    Task<LedgerEntry?> LoadAsync(long sequence, CancellationToken cancellationToken);

    /// <summary>A ledger row carried in a message (see PupilEventRecorded), decoded as <see cref="LoadAsync"/> would read it.</summary>
    LedgerEntry Decode(long sequence, Guid messageId, string eventType, DateTimeOffset recordedAt, string payload);

    /// <summary>The calendars a school location published, one per school year.</summary>
    Task<IReadOnlyList<SchoolCalendarOverride>> LoadCalendarsAsync(string brin, string vestiging, CancellationToken cancellationToken);
}
