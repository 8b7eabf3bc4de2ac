using Npgsql;

namespace IntegrationHub.Infrastructure.Persistence.Bench;

/// <summary>Gives <c>hub bench</c> a fresh database, as infra/demo.sh does: dropped (forced) and created again.</summary>
public static class BenchDatabase
{
    /// <summary>
    /// Drops and creates <paramref name="name"/> through the server's postgres database; returns its connection string.
    /// The drop ends every session on the old database, so this process's pooled connections to it are cleared too.
    /// </summary>
    public static async Task<string> RecreateAsync(string connectionString, string name, CancellationToken cancellationToken)
    {
        var identifier = new NpgsqlCommandBuilder().QuoteIdentifier(name);
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {identifier} WITH (FORCE)", $"CREATE DATABASE {identifier}" })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        NpgsqlConnection.ClearAllPools();
        return WithDatabase(connectionString, name);
    }

    public static string WithDatabase(string connectionString, string name) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ConnectionString;
}
