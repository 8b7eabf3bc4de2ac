using System.Diagnostics;
using Dapper;
using IntegrationHub.Infrastructure.Persistence.Bench;
using IntegrationHub.Testing;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Persistence.Bench;

/// <summary>
/// <c>hub bench</c> drops and creates its database. A session of another role on the old one (after a big run,
/// PostgreSQL's autovacuum, a superuser process) cannot be ended by the hub's role: the bench waits for it instead of
/// failing (two of the README's runs failed so on 2026-12-02, each right after a big run).
/// </summary>
public sealed class BenchDatabaseTests
{
    [Fact]
    public async Task Should_recreate_the_database_once_a_superusers_session_on_it_has_ended()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.ExecuteAsync("CREATE TABLE left_from_the_last_run (id int)");
        }

        // A superuser's session on the database for 4 seconds, as an autovacuum worker holds it after heavy writes. As
        // the operating system's postgres user: su when the tests run as root (CI), sudo as infra/test.sh uses otherwise.
        var psql = $"psql -d {database.Name} -c 'SELECT pg_sleep(4)'";
        var start = Environment.UserName == "root"
            ? new ProcessStartInfo("su", ["postgres", "-c", psql])
            : new ProcessStartInfo("sudo", ["-n", "-u", "postgres", "sh", "-c", psql]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = "/";
        using var superuser = Process.Start(start)!;
        await WaitForSessionAsync(database);

        var recreated = await BenchDatabase.RecreateAsync(database.ConnectionString, database.Name, CancellationToken.None);

        await superuser.WaitForExitAsync();
        Assert.Equal(0, superuser.ExitCode);
        await using var fresh = new NpgsqlConnection(recreated);
        Assert.Equal(0, await fresh.ExecuteScalarAsync<int>("SELECT count(*) FROM pg_tables WHERE tablename = 'left_from_the_last_run'"));
    }

    private static async Task WaitForSessionAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var sessions = await connection.ExecuteScalarAsync<int>(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = @name AND usename = 'postgres'", new { name = database.Name });
            if (sessions > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The superuser's session never showed in pg_stat_activity.");
    }
}
