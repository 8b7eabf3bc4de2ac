using Npgsql;

namespace IntegrationHub.Testing;

/// <summary>
/// A fresh, empty PostgreSQL database on the real server, dropped on dispose. Migrate it with the hub's own
/// migrator. Use one per test class (as an IAsyncLifetime field or a class fixture).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var name = "hub_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(Builder("postgres").ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new TestDatabase(name, Builder(name).ConnectionString);
    }

    /// <summary>
    /// Drops the database. An autovacuum worker (a superuser process the hub role may not terminate) can hold it
    /// for a moment after heavy writes: then wait and try again, for up to ten seconds.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Builder("postgres").ConnectionString);
        await admin.OpenAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (attempt < 20 && ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(500);
            }
        }
    }

    private static NpgsqlConnectionStringBuilder Builder(string database) => new()
    {
        Host = TestEnvironment.PgHost,
        Port = TestEnvironment.PgPort,
        Username = TestEnvironment.PgUser,
        Password = TestEnvironment.PgPassword,
        Database = database,
        Pooling = true,
    };
}
