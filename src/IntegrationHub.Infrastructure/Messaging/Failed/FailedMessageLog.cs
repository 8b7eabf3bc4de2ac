using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Messaging.Failed;

/// <summary>The failed-message store's log lines: ids, queues and group keys only, never a body.</summary>
internal static partial class FailedMessageLog
{
    [LoggerMessage(EventId = 1900, Level = LogLevel.Warning, Message = "Failed message {Id} recorded: message {MessageId} from {Queue}, cause {GroupKey}")]
    public static partial void Recorded(ILogger logger, long id, string queue, Guid messageId, string groupKey);

    [LoggerMessage(EventId = 1901, Level = LogLevel.Error, Message = "Could not record failed message {MessageId} from {Queue} in the failed-message store; it stays in the error queue")]
    public static partial void RecordFailed(ILogger logger, Exception exception, string queue, Guid messageId);
}
