using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Duo.Polling;

/// <summary>The status loop's log lines: meldingsnummers, melding ids, organisation ids, BRIN and codes only.</summary>
internal static partial class DuoStatusLog
{
    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "DUO poll since {Since:o}: {New} new statuses, {Repeats} seen before, watermark {Until:o}")]
    public static partial void Polled(ILogger logger, DateTimeOffset since, int @new, int repeats, DateTimeOffset until);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Warning, Message = "DUO poll: status {Status} for meldingsnummer {Meldingsnummer}, which the hub does not know; recorded")]
    public static partial void UnknownMelding(ILogger logger, string meldingsnummer, string status);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Warning, Message = "DUO poll failed (DUO unavailable); the watermark stays and the next poll asks again")]
    public static partial void Unavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5304, Level = LogLevel.Error, Message = "DUO poll failed; the watermark stays and the next poll asks again")]
    public static partial void Failed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5305, Level = LogLevel.Warning, Message = "ALERT: DUO's register has not been polled successfully for {Age} (alert after {AlertAfter}); statuses from the gemeenten are not coming in")]
    public static partial void AlertRaised(ILogger logger, TimeSpan age, TimeSpan alertAfter);

    [LoggerMessage(EventId = 5306, Level = LogLevel.Information, Message = "DUO poll succeeded again; the poll alert is cleared")]
    public static partial void AlertCleared(ILogger logger);

    [LoggerMessage(EventId = 5307, Level = LogLevel.Warning, Message = "ALERT partner overdue: melding {MeldingId} (meldingsnummer {Meldingsnummer}, school {Brin}) routed to {Organisation} has no status {TermDays} days after DUO registered it; the school is told")]
    public static partial void Overdue(ILogger logger, Guid meldingId, string meldingsnummer, string brin, string organisation, int termDays);

    [LoggerMessage(EventId = 5308, Level = LogLevel.Error, Message = "The partner overdue watch failed; it tries again at the next check")]
    public static partial void OverdueFailed(ILogger logger, Exception exception);
}
