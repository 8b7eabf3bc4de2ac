using DbUp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence;

/// <summary>
/// Applies the numbered, forward-only scripts in Persistence/Migrations (embedded) with DbUp, each in its own
/// transaction, journaled in <c>schemaversions</c>. Safe to call at every start-up: applied scripts are skipped,
/// and a PostgreSQL advisory lock keeps two starting processes from migrating at once.
/// Used by the worker (Database:MigrateOnStartup) and by <c>hub migrate</c>.
/// </summary>
public static class DatabaseMigrator
{
    private const string ScriptFolder = ".Persistence.Migrations.";
    private const long AdvisoryLockKey = 0x4855_425F_4D49_47; // "HUB_MIG"

    /// <summary>Applies the pending scripts; returns their names. Throws <see cref="DatabaseMigrationException"/> on failure.</summary>
    public static IReadOnlyList<string> Migrate(string connectionString, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        logger ??= NullLogger.Instance;
        using var lockConnection = new NpgsqlConnection(connectionString);
        lockConnection.Open();
        using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", lockConnection))
        {
            take.Parameters.AddWithValue("key", AdvisoryLockKey);
            take.ExecuteNonQuery();
        }

        try
        {
            var engine = DeployChanges.To
                .PostgresqlDatabase(connectionString)
                .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => name.Contains(ScriptFolder, StringComparison.Ordinal))
                .WithTransactionPerScript()
                .LogTo(logger)
                .Build();
            var result = engine.PerformUpgrade();
            if (!result.Successful)
            {
                throw new DatabaseMigrationException(
                    $"Migration failed at script '{result.ErrorScript?.Name}': {result.Error?.Message}", result.Error);
            }

            return result.Scripts.Select(script => script.Name).ToArray();
        }
        finally
        {
            using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", lockConnection);
            release.Parameters.AddWithValue("key", AdvisoryLockKey);
            release.ExecuteNonQuery();
        }
    }

    /// <summary>The scripts this build carries, in the order they apply.</summary>
    public static IReadOnlyList<string> KnownScripts() =>
        typeof(DatabaseMigrator).Assembly.GetManifestResourceNames()
            .Where(name => name.Contains(ScriptFolder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
