using Dapper;
using Npgsql;

namespace IntegrationHub.Infrastructure.Tests.Console.School;

/// <summary>Rows the school screens read, inserted directly: meldingen, findings, statuses, advice. Each test uses its own BRINs.</summary>
internal static class SchoolConsoleSeed
{
    private static int _next = Random.Shared.Next(0, 600);

    /// <summary>A BRIN no other test uses (two digits, two letters).</summary>
    public static string NewBrin()
    {
        var n = Interlocked.Increment(ref _next);
        return $"{n % 100:00}{(char)('A' + (n / 100 % 26))}{(char)('A' + (n / 2600 % 26))}";
    }

    public static async Task<Guid> MeldingAsync(
        this NpgsqlDataSource db, string brin, string pupil, string state = "gereed", string kind = "melding-16-uur",
        bool decisionRequired = false, string vestiging = "00", DateTimeOffset? createdAt = null)
    {
        var meldingId = Guid.NewGuid();
        var payload = decisionRequired
            ? """{"DecisionRequestedAt":"2026-10-20T10:00:00+00:00","DecisionReason":"Les 2026-09-08 gecorrigeerd: overmacht","VerzuimUren":16,"VerzuimDagen":4}"""
            : """{"DecisionRequestedAt":null,"VerzuimUren":16,"VerzuimDagen":4}""";
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO meldingen (melding_id, finding_id, pupil_pseudonym, brin, vestiging, kind, state, begindatum, einddatum, deadline,
                                   payload, sent_at, created_at, updated_at)
            VALUES (@meldingId, @findingId, @pupil, @brin, @vestiging, @kind, @state, DATE '2026-09-08', DATE '2026-09-29', DATE '2026-10-06',
                    @payload::jsonb, CASE WHEN @state = 'gereed' THEN now() END, @createdAt, @createdAt)
            """, new { meldingId, findingId = "finding-" + meldingId.ToString("N"), pupil, brin, vestiging, kind, state, payload, createdAt = createdAt ?? DateTimeOffset.UtcNow });
        return meldingId;
    }

    public static async Task PupilKeyAsync(this NpgsqlDataSource db, string brin, string pupil, string key, string vestiging = "00")
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO school_pupils (pupil_pseudonym, brin, vestiging, lvs_pupil_key, updated_at) VALUES (@pupil, @brin, @vestiging, @key, now())
            """, new { pupil, brin, vestiging, key });
    }

    public static async Task<string> FindingAsync(this NpgsqlDataSource db, string brin, string pupil, string recipient = "leerplicht", string status = "active")
    {
        var id = "finding-" + Guid.NewGuid().ToString("N");
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO signals (signal_id, pupil_pseudonym, brin, vestiging, kind, recipient, status, begindatum, due_date, payload, raised_at, updated_at)
            VALUES (@id, @pupil, @brin, '00', 'melding-16-uur', @recipient, @status, DATE '2026-09-08', DATE '2026-10-06', '{}'::jsonb, now(), now())
            """, new { id, pupil, brin, recipient, status });
        return id;
    }

    public static async Task MakeMeldingOfFindingAsync(this NpgsqlDataSource db, string brin, string findingId)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO meldingen (melding_id, finding_id, pupil_pseudonym, brin, vestiging, kind, state, begindatum, payload, created_at, updated_at)
            VALUES (gen_random_uuid(), @findingId, 'p', @brin, '00', 'melding-16-uur', 'gereed', DATE '2026-09-08', '{}'::jsonb, now(), now())
            """, new { findingId, brin });
    }

    public static async Task PartnerStatusAsync(this NpgsqlDataSource db, Guid meldingId, string status, DateTimeOffset setAt, string? reden = null)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO partner_statuses (organisation_id, message_id, melding_id, status, reden_afgesloten, contact_naam, set_at, received_at)
            VALUES ('lp-test', gen_random_uuid(), @meldingId, @status, @reden, 'M. Jansen', @setAt, now())
            """, new { meldingId, status, reden, setAt });
    }

    public static async Task DuoAsync(this NpgsqlDataSource db, Guid meldingId, string brin, string status, string meldingsnummer)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO duo_meldingen (melding_id, pupil_pseudonym, brin, vestiging, soort, begindatum, made_at, meldingsnummer, registered_at,
                                       status, status_at, created_at)
            VALUES (@meldingId, 'p', @brin, '00', 'V3', DATE '2026-09-08', now(), @meldingsnummer, now(), @status, now(), now());
            INSERT INTO duo_melding_statuses (meldingsnummer, status, status_at, melding_id, gemeente, recorded_at)
            VALUES (@meldingsnummer, 'R', now() - interval '1 hour', @meldingId, 'GM0014', now());
            """, new { meldingId, brin, status, meldingsnummer });
    }

    public static async Task HistoryAsync(this NpgsqlDataSource db, Guid meldingId, string @event, string state)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO melding_history (melding_id, at, event, state, detail) VALUES (@meldingId, now(), @event, @state, NULL)
            """, new { meldingId, @event, state });
    }

    public static async Task AdviceAsync(this NpgsqlDataSource db, string brin, string pupil, bool passedOn)
    {
        await using var connection = await db.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO jgz_advices (organisation_id, message_id, referral_id, pupil_pseudonym, brin, vestiging, participation, load_capacity,
                                     adjustments, given_at, passed_on, consent_id, outbox_message_id, withheld_reason, received_at)
            VALUES ('jgz-test', gen_random_uuid(), gen_random_uuid(), @pupil, @brin, '00', 'gedeeltelijk', 'beperkt', ARRAY['rustplek'],
                    now(), @passedOn, CASE WHEN @passedOn THEN 'consent-1' END, CASE WHEN @passedOn THEN gen_random_uuid() END,
                    CASE WHEN @passedOn THEN NULL ELSE 'consent.missing' END, now())
            """, new { brin, pupil, passedOn });
    }
}
