using IntegrationHub.Infrastructure.Duo.Wire;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.DuoStandIn;

/// <summary>The stand-in's log lines: operation, outcome, MessageID and meldingsnummer only (never personal data).</summary>
internal static partial class DuoStandInLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "DUO stand-in: {Operation} {Outcome} (message {MessageId}, meldingsnummer {Meldingsnummer})")]
    public static partial void Call(ILogger logger, DuoOperation? operation, DuoStandInOutcome outcome, string? messageId, string? meldingsnummer);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "DUO stand-in: the gemeente sets {Status} on meldingsnummer {Meldingsnummer}")]
    public static partial void GemeenteStatus(ILogger logger, string status, string meldingsnummer);
}
