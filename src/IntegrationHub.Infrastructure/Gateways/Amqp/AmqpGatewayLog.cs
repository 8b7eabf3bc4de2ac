using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>The AMQP gateway's log lines: exchange, BRIN, user and counts only, never a body.</summary>
internal static partial class AmqpGatewayLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "AMQP gateway consuming {Queue} (prefetch {Prefetch}, batches of up to {BatchSize}, {BatchConcurrency} at a time)")]
    public static partial void Consuming(ILogger logger, string queue, ushort prefetch, int batchSize, int batchConcurrency);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Dead-lettered a delivery that no school exchange vouches for (exchange '{Exchange}', user_id '{UserId}')")]
    public static partial void Unauthenticated(ILogger logger, string exchange, string? userId);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Error, Message = "Intake failed for a delivery from school {Brin}; it goes back to the queue")]
    public static partial void IntakeFailed(ILogger logger, Exception exception, string brin);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning, Message = "Intake of a batch of {Count} deliveries failed and was rolled back; recording them one by one")]
    public static partial void BatchFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "Could not settle a delivery on the closed channel; the broker delivers it again")]
    public static partial void SettleFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Error, Message = "Poison delivery from school {Brin} after {Deliveries} deliveries ({ExceptionType}): moved to the intake error queue, rejection {RejectionId}")]
    public static partial void Poison(ILogger logger, string brin, int deliveries, string exceptionType, Guid? rejectionId);

    [LoggerMessage(EventId = 1306, Level = LogLevel.Error, Message = "Could not move a poison delivery from school {Brin} to the intake error queue; it goes back to the queue")]
    public static partial void PoisonNotMoved(ILogger logger, Exception exception, string brin);

    [LoggerMessage(EventId = 1307, Level = LogLevel.Error, Message = "Could not record the rejection of a poison delivery from school {Brin}")]
    public static partial void PoisonNotRejected(ILogger logger, Exception exception, string brin);

    [LoggerMessage(EventId = 1308, Level = LogLevel.Error, Message = "Could not record a poison delivery from school {Brin} in the failed-message store")]
    public static partial void PoisonNotStored(ILogger logger, Exception exception, string brin);
}
