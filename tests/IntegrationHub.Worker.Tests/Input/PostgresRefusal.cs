using Npgsql;

namespace IntegrationHub.Worker.Tests.Input;

/// <summary>
/// A valid message PostgreSQL refuses, for tests of what the gateways do then: a trigger in the test's own database
/// raises for a registration id that starts with <see cref="Prefix"/>. (A NUL in a text used to serve; the intake now
/// rejects that before it reaches the database.)
/// </summary>
public static class PostgresRefusal
{
    public const string Prefix = "refused-by-test-";

    public static async Task InstallAsync(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand($$"""
            CREATE OR REPLACE FUNCTION test_refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NEW.record_id LIKE '{{Prefix}}%' THEN RAISE EXCEPTION 'refused by the test'; END IF;
              RETURN NEW;
            END $$;
            CREATE OR REPLACE TRIGGER test_refuse_poison BEFORE INSERT ON school_records FOR EACH ROW EXECUTE FUNCTION test_refuse_poison();
            """);
        await command.ExecuteNonQueryAsync();
    }
}
