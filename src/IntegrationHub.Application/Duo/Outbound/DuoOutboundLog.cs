using Microsoft.Extensions.Logging;

namespace IntegrationHub.Application.Duo.Outbound;

/// <summary>The DUO outbound's log lines: melding ids, meldingsnummers, BRIN and codes only, never a pupil or a text.</summary>
public static partial class DuoOutboundLog
{
    /// <summary>A melding (or a change) was not registered at DUO; the school was told. An operator may look (hub duo show).</summary>
    [LoggerMessage(EventId = 4601, Level = LogLevel.Warning,
        Message = "DUO {Operation} for melding {MeldingId} of school {Brin} refused by {RefusedBy}: {Codes}; the school was told")]
    public static partial void Refused(ILogger logger, Guid meldingId, string brin, string operation, string refusedBy, string codes);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Information,
        Message = "A change to melding {MeldingId} is not sent to DUO: the melding is not queued there (status {Status})")]
    public static partial void ChangeNotForDuo(ILogger logger, Guid meldingId, string status);

    [LoggerMessage(EventId = 4603, Level = LogLevel.Information,
        Message = "DUO registered melding {MeldingId} as {Meldingsnummer}")]
    public static partial void Registered(ILogger logger, Guid meldingId, string meldingsnummer);

    [LoggerMessage(EventId = 4604, Level = LogLevel.Warning,
        Message = "DUO unavailable for request {Sequence} ({Operation}, attempt {Attempts}); it waits until {NextAttemptAt:o}")]
    public static partial void Unavailable(ILogger logger, long sequence, string operation, int attempts, DateTimeOffset nextAttemptAt);

    [LoggerMessage(EventId = 4605, Level = LogLevel.Warning,
        Message = "DUO refused the gemeente status on {Meldingsnummer} (request {Sequence}): {Codes}")]
    public static partial void GemeenteStatusRefused(ILogger logger, string meldingsnummer, long sequence, string codes);

    [LoggerMessage(EventId = 4606, Level = LogLevel.Error,
        Message = "The DUO dispatcher failed on a pass; it goes on after a pause")]
    public static partial void PassFailed(ILogger logger, Exception exception);
}
