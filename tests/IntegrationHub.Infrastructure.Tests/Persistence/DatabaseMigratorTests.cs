using Dapper;
using IntegrationHub.Infrastructure.Persistence;
using IntegrationHub.Testing;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Persistence;

public sealed class DatabaseMigratorTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_create_the_intake_tables_when_the_database_is_empty()
    {
        var applied = DatabaseMigrator.Migrate(_database.ConnectionString);

        Assert.Equal(DatabaseMigrator.KnownScripts(), applied);
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        var tables = (await connection.QueryAsync<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).ToHashSet();
        var expected = new HashSet<string>
        {
            "submissions", "rejected_submissions", "attendance_ledger", "attendance_ledger_default", "attendance_ledger_2026_11",
            "pupil_identity", "school_calendars", "school_records", "inbox", "outbox",
        };
        Assert.Superset(expected, tables);
    }

    [Fact]
    public void Should_apply_nothing_when_the_database_is_already_migrated()
    {
        DatabaseMigrator.Migrate(_database.ConnectionString);

        var second = DatabaseMigrator.Migrate(_database.ConnectionString);

        Assert.Empty(second);
    }

    [Fact]
    public async Task Should_refuse_updates_when_a_ledger_row_exists()
    {
        DatabaseMigrator.Migrate(_database.ConnectionString);
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.ExecuteAsync("""
            INSERT INTO attendance_ledger (message_id, pupil_pseudonym, brin, vestiging, event_type, occurred_at, recorded_at, payload)
            VALUES (gen_random_uuid(), 'p', '12AB', '00', 'SickReported', now(), now(), '{}')
            """);

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("UPDATE attendance_ledger SET brin = '34CD'"));

        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
    }
}
