using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Retention;

internal static partial class RetentionLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Retention: next purge at {At:o}")]
    public static partial void NextPurge(ILogger logger, DateTimeOffset at);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Retention: purged {Rows} rows from {Table} ({Kind}, through {Through:o}); partitions dropped: {Partitions}")]
    public static partial void Purged(ILogger logger, string table, string kind, long rows, DateTimeOffset? through, string partitions);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Retention: purge as of {AsOf:o} removed {Rows} rows in all")]
    public static partial void PurgeDone(ILogger logger, DateTimeOffset asOf, long rows);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Error, Message = "Retention: the purge failed; it runs again at its next time")]
    public static partial void PurgeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Retention: made ledger partitions {Partitions}")]
    public static partial void PartitionsMade(ILogger logger, string partitions);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Error, Message = "Retention: making the ledger partitions ahead failed; tried again in an hour")]
    public static partial void PartitionsFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Information, Message = "Retention: another worker is purging; this one skips today's run")]
    public static partial void PurgeElsewhere(ILogger logger);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Information, Message = "Retention: the scheduled purge is off (Retention:PurgeEnabled)")]
    public static partial void PurgeOff(ILogger logger);
}
