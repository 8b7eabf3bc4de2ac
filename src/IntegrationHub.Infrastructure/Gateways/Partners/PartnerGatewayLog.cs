using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Gateways.Partners;

/// <summary>The partner gateway's log lines: queue, organisation user and counts only, never a body.</summary>
internal static partial class PartnerGatewayLog
{
    [LoggerMessage(EventId = 1710, Level = LogLevel.Information, Message = "Partner gateway consuming {Queue} (prefetch {Prefetch}, {Concurrency} at a time)")]
    public static partial void Consuming(ILogger logger, string queue, ushort prefetch, ushort concurrency);

    [LoggerMessage(EventId = 1711, Level = LogLevel.Error, Message = "A partner message from user '{UserId}' could not be recorded (database unavailable, delivery {DeliveryCount}); it goes back to the queue")]
    public static partial void Requeued(ILogger logger, Exception exception, string? userId, long deliveryCount);

    [LoggerMessage(EventId = 1712, Level = LogLevel.Error, Message = "A partner message from user '{UserId}' failed {Attempts} times while the database answered (delivery {DeliveryCount}); kept as poison")]
    public static partial void Poison(ILogger logger, Exception exception, string? userId, int attempts, long deliveryCount);

    [LoggerMessage(EventId = 1713, Level = LogLevel.Error, Message = "Could not keep a poison partner message from user '{UserId}'; it goes back to the queue")]
    public static partial void PoisonNotKept(ILogger logger, Exception exception, string? userId);

    [LoggerMessage(EventId = 1714, Level = LogLevel.Warning, Message = "Could not settle a partner delivery on the closed channel; the broker delivers it again")]
    public static partial void SettleFailed(ILogger logger, Exception exception);
}
