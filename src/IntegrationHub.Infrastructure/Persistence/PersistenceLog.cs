using Microsoft.Extensions.Logging;

namespace IntegrationHub.Infrastructure.Persistence;

internal static partial class PersistenceLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Database migrated: {Count} script(s) applied")]
    public static partial void Migrated(ILogger logger, int count);
}
