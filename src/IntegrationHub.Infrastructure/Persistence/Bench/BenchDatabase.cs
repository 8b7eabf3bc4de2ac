using Npgsql;
using Polly;
using Polly.Retry;

namespace IntegrationHub.Infrastructure.Persistence.Bench;

/// <summary>Gives <c>hub bench</c> a fresh database, as infra/demo.sh does: dropped (forced) and created again.</summary>
public static class BenchDatabase
{
    /// <summary>
    /// The forced drop may only end sessions of the hub's own role. Another role's session on the old database (after a
    /// big run, PostgreSQL's autovacuum cleaning its tables; an operator's psql) makes it fail with 42501: it is tried
    /// again every 2 s for up to a minute, until that session has ended.
    /// </summary>
    private static readonly ResiliencePipeline OtherRolesSessions = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<PostgresException>(e => e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse),
            MaxRetryAttempts = 30,
            BackoffType = DelayBackoffType.Constant,
            Delay = TimeSpan.FromSeconds(2),
        })
        .Build();

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
            await OtherRolesSessions.ExecuteAsync(
                async token =>
                {
                    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {identifier} WITH (FORCE)", connection);
                    await drop.ExecuteNonQueryAsync(token);
                },
                cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {identifier}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        NpgsqlConnection.ClearAllPools();
        return WithDatabase(connectionString, name);
    }

    public static string WithDatabase(string connectionString, string name) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = name }.ConnectionString;
}
