using IntegrationHub.Testing;
using Npgsql;

namespace IntegrationHub.Faults.Tests.Support;

/// <summary>
/// The README's backup and restore procedure, as commands: <c>pg_dump --format=custom</c> of a hub database and
/// <c>pg_restore</c> into a fresh, empty database (created here, dropped by <see cref="DropAsync"/>), with the hub's role.
/// </summary>
public static class PgBackup
{
    public static async Task DumpAsync(string database, string file)
    {
        await RunAsync("pg_dump", ["--format=custom", "--file", file, "--dbname", database]);
    }

    /// <summary>Creates <paramref name="database"/> and restores <paramref name="file"/> into it; returns its connection string.</summary>
    public static async Task<string> RestoreAsync(string file, string database)
    {
        await using (var admin = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        await RunAsync("pg_restore", ["--exit-on-error", "--no-owner", "--dbname", database, file]);
        return ConnectionString(database);
    }

    public static async Task DropAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ConnectionString("postgres"));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    public static string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = TestEnvironment.PgHost,
        Port = TestEnvironment.PgPort,
        Username = TestEnvironment.PgUser,
        Password = TestEnvironment.PgPassword,
        Database = database,
    }.ConnectionString;

    private static async Task RunAsync(string tool, IEnumerable<string> arguments)
    {
        List<string> all =
        [
            "--host", TestEnvironment.PgHost,
            "--port", TestEnvironment.PgPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--username", TestEnvironment.PgUser,
            "--no-password",
            .. arguments,
        ];
        var result = await ChildProcess.RunAsync(tool, all, Path.GetTempPath(), TimeSpan.FromMinutes(5), new Dictionary<string, string> { ["PGPASSWORD"] = TestEnvironment.PgPassword });
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({result.ExitCode}):\n{result.Output}");
        }
    }
}
