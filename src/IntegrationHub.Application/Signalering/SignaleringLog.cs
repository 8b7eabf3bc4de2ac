using Microsoft.Extensions.Logging;

namespace IntegrationHub.Application.Signalering;

/// <summary>Signalering's log lines for operators: school locations and school years only, never a pupil.</summary>
internal static partial class SignaleringLog
{
    /// <summary>
    /// A school year without any calendar (no national table, no calendar of the school's own): its days count as
    /// no school days, so nothing is found for them until a calendar is published. An operator must act.
    /// </summary>
    [LoggerMessage(EventId = 3101, Level = LogLevel.Error,
        Message = "No school calendar for school {School} in school year(s) {SchoolYears}: its days count nothing until a calendar is published (SchoolCalendarPublished or a newer national table)")]
    public static partial void MissingCalendar(ILogger logger, string school, string schoolYears);

    /// <summary>A batch failed and was rolled back (e.g. a deadlock, or one message that cannot be applied); it is applied again pupil by pupil.</summary>
    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning,
        Message = "A signalering batch of {Count} messages was rolled back; applying it again pupil by pupil")]
    public static partial void BatchRolledBack(ILogger logger, int count, Exception exception);

    /// <summary>An event reached behind the pupil's folded rule state and was answered from the ledger (a slower path; frequent ones mean DetailDays is too short).</summary>
    [LoggerMessage(EventId = 3103, Level = LogLevel.Information,
        Message = "An event at school {School} reached behind the folded rule state; answered from {Events} ledger events")]
    public static partial void AnsweredFromLedger(ILogger logger, string school, int events);
}
