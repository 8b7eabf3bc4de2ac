using Microsoft.Extensions.Logging;

namespace IntegrationHub.Application.Partners;

/// <summary>The partner intake's log lines: organisation, message type and id, and coded reasons only, never a value from the body.</summary>
internal static partial class PartnerAnswerLog
{
    [LoggerMessage(EventId = 1700, Level = LogLevel.Information, Message = "Partner {Organisation} {MessageType} {MessageId}: {Result}")]
    public static partial void Handled(ILogger logger, string organisation, string messageType, Guid messageId, PartnerAnswerResult result);

    [LoggerMessage(EventId = 1701, Level = LogLevel.Information, Message = "Partner {Organisation} {MessageType} {MessageId}: withheld from the school ({Reason})")]
    public static partial void Withheld(ILogger logger, string organisation, string messageType, Guid messageId, string reason);

    [LoggerMessage(EventId = 1702, Level = LogLevel.Warning, Message = "Rejected a partner message (organisation {Organisation}, type {MessageType}, id {MessageId}): {Codes}")]
    public static partial void Rejected(ILogger logger, string? organisation, string? messageType, Guid? messageId, string codes);
}
