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

    [Fact]
    public async Task Should_turn_an_unsent_single_event_outbox_row_into_a_batch_of_one_when_upgrading_to_one_message_per_intake_batch()
    {
        DatabaseMigrator.Migrate(_database.ConnectionString);
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        // The database as an older hub left it: 0058 not yet applied, one PupilEventRecorded waiting, one already sent.
        await connection.ExecuteAsync("DELETE FROM schemaversions WHERE scriptname LIKE '%0058_pupil_events_recorded_per_batch.sql'");
        const string Old = "IntegrationHub.Application.Messaging.PupilEventRecorded";
        const string Body = """{"pupil": "p-1", "ledgerSequence": 7, "messageId": "0190a000-0000-7000-8000-000000000007", "eventType": "AttendanceRecorded"}""";
        await connection.ExecuteAsync("""
            INSERT INTO outbox (message_id, message_type, body, sent_at) VALUES
              (gen_random_uuid(), @Old, @Body::jsonb, NULL),
              (gen_random_uuid(), @Old, @Body::jsonb, now())
            """, new { Old, Body });

        var applied = DatabaseMigrator.Migrate(_database.ConnectionString);

        Assert.Equal([Assert.Single(DatabaseMigrator.KnownScripts(), n => n.EndsWith("0058_pupil_events_recorded_per_batch.sql", StringComparison.Ordinal))], applied);
        var unsent = await connection.QuerySingleAsync<(string Type, string Body)>("SELECT message_type, body::text FROM outbox WHERE sent_at IS NULL");
        Assert.Equal("IntegrationHub.Application.Messaging.PupilEventsRecorded", unsent.Type);
        using var converted = System.Text.Json.JsonDocument.Parse(unsent.Body);
        var only = Assert.Single(converted.RootElement.GetProperty("events").EnumerateArray());
        Assert.Equal((7L, "p-1"), (only.GetProperty("ledgerSequence").GetInt64(), only.GetProperty("pupil").GetString()));
        Assert.Equal(Old, await connection.QuerySingleAsync<string>("SELECT message_type FROM outbox WHERE sent_at IS NOT NULL"));
    }

    [Fact]
    public async Task Should_give_parked_rows_the_woongemeente_their_detail_names_when_upgrading_to_a_woongemeente_column()
    {
        DatabaseMigrator.Migrate(_database.ConnectionString);
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        // The database as an older hub left it: 0059 not yet applied, three parked rows with routing's own sentences.
        await connection.ExecuteAsync("""
            ALTER TABLE parked_deliveries DROP COLUMN woongemeente;
            DELETE FROM schemaversions WHERE scriptname LIKE '%0059_parked_woongemeente.sql';
            INSERT INTO parked_deliveries (subject_id, subject_kind, pupil_pseudonym, brin, vestiging, reason, detail, message_type, body, parked_at) VALUES
              (gen_random_uuid(), 'verzuimmelding', 'p', '12AB', '00', 'woongemeente.unmapped', 'No leerplicht organisation is mapped for GM0344 (Utrecht) on 2026-10-05.', 't', '{}', now()),
              (gen_random_uuid(), 'verzuimmelding', 'p', '12AB', '00', 'woongemeente.unknown', 'Woongemeente GM9999 is not in the directory on 2026-10-05.', 't', '{}', now()),
              (gen_random_uuid(), 'verzuimmelding', 'p', '12AB', '00', 'woongemeente.missing', 'The school never reported the pupil''s woongemeente.', 't', '{}', now());
            """);

        var applied = DatabaseMigrator.Migrate(_database.ConnectionString);

        Assert.Equal([Assert.Single(DatabaseMigrator.KnownScripts(), n => n.EndsWith("0059_parked_woongemeente.sql", StringComparison.Ordinal))], applied);
        var codes = await connection.QueryAsync<(string Reason, string? Woongemeente)>("SELECT reason, woongemeente FROM parked_deliveries ORDER BY parked_id");
        Assert.Equal([("woongemeente.unmapped", "GM0344"), ("woongemeente.unknown", "GM9999"), ("woongemeente.missing", (string?)null)], codes);
    }

    [Fact]
    public async Task Should_keep_every_state_outbox_body_and_ledger_payload_as_it_read_when_upgrading_from_jsonb_to_json()
    {
        DatabaseMigrator.Migrate(_database.ConnectionString);
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        // The database as an older hub left it: 0062 not yet applied, the three columns jsonb, a row in each.
        await connection.ExecuteAsync("""
            ALTER TABLE pupil_state ALTER COLUMN state TYPE jsonb USING state::jsonb;
            ALTER TABLE outbox ALTER COLUMN body TYPE jsonb USING body::jsonb;
            ALTER TABLE attendance_ledger ALTER COLUMN payload TYPE jsonb USING payload::jsonb;
            DELETE FROM schemaversions WHERE scriptname LIKE '%0062_json_for_state_outbox_and_ledger.sql';
            INSERT INTO pupil_state (pupil_pseudonym, brin, vestiging, state)
              SELECT 'p-1', '12AB', '00', jsonb_build_object('Pupil', 'p-1', 'Registrations', jsonb_agg(jsonb_build_object('Id', 'r-' || n, 'Minutes', n)))
              FROM generate_series(1, 400) n;
            INSERT INTO outbox (message_id, message_type, body) VALUES (gen_random_uuid(), 't', '{"events": [{"pupil": "p-1", "ledgerSequence": 7}], "b": "é\u00e9"}');
            INSERT INTO attendance_ledger (message_id, pupil_pseudonym, brin, vestiging, event_type, occurred_at, recorded_at, payload)
            VALUES (gen_random_uuid(), 'p-1', '12AB', '00', 'SickReported', now(), now(), '{"Pupil": "p-1", "Day": "2026-10-05"}');
            """);
        const string Texts = """
            SELECT (SELECT state::text FROM pupil_state) || '|' || (SELECT body::text FROM outbox) || '|' || (SELECT payload::text FROM attendance_ledger)
            """;
        var before = await connection.QuerySingleAsync<string>(Texts);

        var applied = DatabaseMigrator.Migrate(_database.ConnectionString);

        Assert.Equal([Assert.Single(DatabaseMigrator.KnownScripts(), n => n.EndsWith("0062_json_for_state_outbox_and_ledger.sql", StringComparison.Ordinal))], applied);
        Assert.Equal(before, await connection.QuerySingleAsync<string>(Texts));
        var types = await connection.QueryAsync<(string Column, string Type, string Compression)>("""
            SELECT a.attrelid::regclass::text || '.' || a.attname, format_type(a.atttypid, a.atttypmod), a.attcompression::text
            FROM pg_attribute a
            WHERE (a.attrelid, a.attname) IN (('pupil_state'::regclass, 'state'), ('outbox'::regclass, 'body'), ('attendance_ledger'::regclass, 'payload'))
            ORDER BY 1
            """);
        Assert.Equal([("attendance_ledger.payload", "json", ""), ("outbox.body", "json", "l"), ("pupil_state.state", "json", "l")], types);
        Assert.Equal("lz4", await connection.QuerySingleAsync<string>("SELECT pg_column_compression(state) FROM pupil_state"));
    }
}
