using IntegrationHub.Application.Persistence;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Infrastructure.Persistence.Intake;
using IntegrationHub.Infrastructure.Persistence.Ledger;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Microsoft.Extensions.DependencyInjection;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// The hub's PostgreSQL: one NpgsqlDataSource (ConnectionStrings:Hub), the intake store, the ledger reader,
    /// and the start-up migration (section "Database", MigrateOnStartup default true). Register it before the
    /// bus and the gateways, so the schema exists before they start.
    /// </summary>
    public static IServiceCollection AddHubPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        DapperConventions.Apply();
        var connectionString = DatabaseOptions.RequireConnectionString(configuration);
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(new HubConnectionString(connectionString));
        services.TryAddSingleton(_ => NpgsqlDataSource.Create(HubConnectionString.WithHubDefaults(connectionString)));
        services.TryAddSingleton<IIntakeStore, NpgsqlIntakeStore>();
        services.TryAddSingleton<ILedgerReader, NpgsqlLedgerReader>();
        services.TryAddSingleton<DatabaseAvailability>();
        services.AddHostedService<DatabaseMigrationHostedService>();
        return services;
    }
}
