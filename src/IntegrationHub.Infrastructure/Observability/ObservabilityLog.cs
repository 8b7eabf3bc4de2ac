using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Observability;

internal static partial class ObservabilityLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "Could not sample {Part} for the metrics; keeping the last value")]
    public static partial void SampleFailed(ILogger logger, string part, Exception exception);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message = "Heartbeat of worker {InstanceId} failed; trying again next beat")]
    public static partial void BeatFailed(ILogger logger, Guid instanceId, Exception exception);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Worker {InstanceId} (process {ProcessId} on {Host}, roles {Roles}, version {Version}) beats every {Seconds}s")]
    public static partial void Beating(ILogger logger, Guid instanceId, int processId, string host, string roles, string version, int seconds);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Warning, Message = "Could not read {Part} for the console's overview; shown as unreachable")]
    public static partial void OverviewPartFailed(ILogger logger, string part, Exception exception);
}
