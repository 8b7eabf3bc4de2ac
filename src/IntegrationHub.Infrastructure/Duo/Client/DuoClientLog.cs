using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Duo.Client;

/// <summary>The DUO client's log records: melding ids, meldingsnummers, operations, attempts and status codes only, never the document.</summary>
internal static partial class DuoClientLog
{
    [LoggerMessage(EventId = DuoClientLogEvents.Retrying, Level = LogLevel.Warning,
        Message = "DUO {Operation} attempt {Attempt} failed ({Failure}, status {StatusCode}) for melding {MeldingId}; retrying in {Delay}")]
    public static partial void Retrying(ILogger logger, string operation, int attempt, string failure, int? statusCode, Guid? meldingId, TimeSpan delay);

    [LoggerMessage(EventId = DuoClientLogEvents.CircuitOpened, Level = LogLevel.Error,
        Message = "DUO circuit opened for {BreakDuration} after {Operation} failed ({Failure}, status {StatusCode}); calls fail fast until it half-opens")]
    public static partial void CircuitOpened(ILogger logger, TimeSpan breakDuration, string operation, string failure, int? statusCode);

    [LoggerMessage(EventId = DuoClientLogEvents.CircuitHalfOpened, Level = LogLevel.Information, Message = "DUO circuit half-open: the next {Operation} is a trial call")]
    public static partial void CircuitHalfOpened(ILogger logger, string operation);

    [LoggerMessage(EventId = DuoClientLogEvents.CircuitClosed, Level = LogLevel.Information, Message = "DUO circuit closed after a successful {Operation}")]
    public static partial void CircuitClosed(ILogger logger, string operation);

    [LoggerMessage(EventId = DuoClientLogEvents.Unavailable, Level = LogLevel.Warning,
        Message = "DUO {Operation} unavailable ({Failure}, status {StatusCode}) for melding {MeldingId}; the work waits for a later pass")]
    public static partial void Unavailable(ILogger logger, string operation, string failure, int? statusCode, Guid? meldingId, Exception exception);

    [LoggerMessage(EventId = DuoClientLogEvents.FoundExisting, Level = LogLevel.Information,
        Message = "DUO already holds melding {MeldingId} as {Meldingsnummer} (an earlier answer was lost); not sent again")]
    public static partial void FoundExisting(ILogger logger, Guid meldingId, string meldingsnummer);

    [LoggerMessage(EventId = DuoClientLogEvents.FoundSeveral, Level = LogLevel.Warning,
        Message = "DUO holds {Count} meldingen with kenmerk {MeldingId}; answering with the first, {Meldingsnummer}")]
    public static partial void FoundSeveral(ILogger logger, int count, Guid meldingId, string meldingsnummer);

    [LoggerMessage(EventId = DuoClientLogEvents.XsdInvalid, Level = LogLevel.Warning,
        Message = "DUO {Operation} for melding {MeldingId} not sent: the document fails the XSD in {ProblemCount} place(s): {Fields}")]
    public static partial void XsdInvalid(ILogger logger, string operation, Guid? meldingId, int problemCount, string fields);

    [LoggerMessage(EventId = DuoClientLogEvents.BusinessErrors, Level = LogLevel.Information,
        Message = "DUO {Operation} for melding {MeldingId} refused with business error(s) {Codes}")]
    public static partial void BusinessErrors(ILogger logger, string operation, Guid? meldingId, string codes);
}
