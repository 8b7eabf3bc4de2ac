using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Infrastructure.Persistence;

/// <summary>
/// Migrates the database in StartAsync, before the hosted services registered after it start
/// (register persistence before messaging and the gateways).
/// </summary>
internal sealed class DatabaseMigrationHostedService(
    HubConnectionString connection, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrationHostedService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return Task.CompletedTask;
        }

        var applied = DatabaseMigrator.Migrate(connection.Value, logger);
        PersistenceLog.Migrated(logger, applied.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
