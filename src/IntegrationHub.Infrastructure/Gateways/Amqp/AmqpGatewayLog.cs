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
}
