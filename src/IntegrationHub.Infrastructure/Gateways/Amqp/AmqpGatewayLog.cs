using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Gateways.Amqp;

/// <summary>The AMQP gateway's log lines: exchange, BRIN, user and counts only, never a body.</summary>
internal static partial class AmqpGatewayLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "AMQP gateway consuming {Queue} (prefetch {Prefetch}, concurrency {Concurrency})")]
    public static partial void Consuming(ILogger logger, string queue, ushort prefetch, ushort concurrency);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Dead-lettered a delivery that no school exchange vouches for (exchange '{Exchange}', user_id '{UserId}')")]
    public static partial void Unauthenticated(ILogger logger, string exchange, string? userId);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Error, Message = "Intake failed for a delivery from school {Brin}; it goes back to the queue")]
    public static partial void IntakeFailed(ILogger logger, Exception exception, string brin);
}
