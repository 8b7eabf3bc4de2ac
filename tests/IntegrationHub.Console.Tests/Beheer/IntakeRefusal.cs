using Npgsql;

namespace IntegrationHub.Console.Tests.Beheer;

/// <summary>
/// A fault an operator can fix: while installed, PostgreSQL refuses every attendance record whose registration id starts
/// with <see cref="Prefix"/> (a trigger in the test's own database), so the worker's intake gives up on those messages
/// after its delivery limit and they land in the failed-message store. Removing it is the "fix".
/// </summary>
public static class IntakeRefusal
{
    public const string Prefix = "refused-by-console-test-";

    public static async Task InstallAsync(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand($$"""
            CREATE OR REPLACE FUNCTION console_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.record_id LIKE '{{Prefix}}%' THEN RAISE EXCEPTION 'refused by the console test'; END IF;
              RETURN NEW;
            END $$;
            CREATE OR REPLACE TRIGGER console_test_refuse BEFORE INSERT ON school_records FOR EACH ROW EXECUTE FUNCTION console_test_refuse();
            """);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task RemoveAsync(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand("DROP TRIGGER IF EXISTS console_test_refuse ON school_records");
        await command.ExecuteNonQueryAsync();
    }
}
