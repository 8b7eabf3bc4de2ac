using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Messaging.Outbox;

internal static partial class OutboxLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Error, Message = "Outbox relay round failed; retrying after the poll interval")]
    public static partial void RelayFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning,
        Message = "Outbox row {Sequence} (message {MessageId}, {MessageType}) not sent, attempt {Attempt}")]
    public static partial void SendFailed(ILogger logger, long sequence, Guid messageId, string messageType, int attempt, Exception exception);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "Outbox: deleted {Count} sent row(s) past their keep period")]
    public static partial void Purged(ILogger logger, int count);
}
