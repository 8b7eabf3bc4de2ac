namespace IntegrationHub.Infrastructure.Persistence.Signalering;

/// <summary>The SQL of the signalering store (pupil state, findings, meldingen, due checks, digests), in one place.</summary>
internal static class SignaleringSql
{
    // Each statement takes many rows at once, as arrays (unnest), so that a batch of events costs a few round trips.
    // Keys of pupils are the arrays @Pupils, @Brins, @Vestigingen. Rows other batches may also want are taken in one
    // fixed order (COLLATE "C", the same in every database): pupil state rows, inbox marks, digest due checks.

    /// <summary>Returns the message ids marked now; a message id already there is a repeat.</summary>
    public const string MarkInbox = """
        INSERT INTO inbox (consumer, message_id)
        SELECT @Consumer, m.id FROM unnest(@MessageIds::uuid[]) AS m(id) ORDER BY m.id
        ON CONFLICT (consumer, message_id) DO NOTHING
        RETURNING message_id
        """;

    public const string EnsureStateRows = """
        INSERT INTO pupil_state (pupil_pseudonym, brin, vestiging)
        SELECT k.pupil, k.brin, k.vestiging
        FROM unnest(@Pupils::text[], @Brins::text[], @Vestigingen::text[]) AS k(pupil, brin, vestiging)
        ORDER BY k.pupil COLLATE "C", k.brin COLLATE "C", k.vestiging COLLATE "C"
        ON CONFLICT (pupil_pseudonym, brin, vestiging) DO NOTHING
        RETURNING pupil_pseudonym
        """;

    /// <summary>Locks in the ORDER BY's order (PostgreSQL sorts, then locks), the same in every batch.</summary>
    public const string LockStates = """
        SELECT s.pupil_pseudonym AS pupil, s.brin, s.vestiging, s.state::text AS state
        FROM pupil_state s
        JOIN unnest(@Pupils::text[], @Brins::text[], @Vestigingen::text[]) AS k(pupil, brin, vestiging)
          ON s.pupil_pseudonym = k.pupil AND s.brin = k.brin AND s.vestiging = k.vestiging
        ORDER BY s.pupil_pseudonym COLLATE "C", s.brin COLLATE "C", s.vestiging COLLATE "C"
        FOR UPDATE OF s
        """;

    public const string LvsPupilKeys = """
        SELECT p.pupil_pseudonym AS pupil, p.brin, p.vestiging, p.lvs_pupil_key
        FROM school_pupils p
        JOIN unnest(@Pupils::text[], @Brins::text[], @Vestigingen::text[]) AS k(pupil, brin, vestiging)
          ON p.pupil_pseudonym = k.pupil AND p.brin = k.brin AND p.vestiging = k.vestiging
        """;

    public const string LoadMeldingen = """
        SELECT m.pupil_pseudonym AS pupil, m.brin, m.vestiging, m.payload::text AS payload, m.sent_at
        FROM meldingen m
        JOIN unnest(@Pupils::text[], @Brins::text[], @Vestigingen::text[]) AS k(pupil, brin, vestiging)
          ON m.pupil_pseudonym = k.pupil AND m.brin = k.brin AND m.vestiging = k.vestiging
        ORDER BY m.begindatum, m.finding_id
        """;

    /// <summary>version counts the evaluations stored, as when each was stored on its own.</summary>
    public const string SaveStates = """
        UPDATE pupil_state AS s
        SET state = k.state::json, version = s.version + k.evaluations, updated_at = @Now
        FROM unnest(@Pupils::text[], @Brins::text[], @Vestigingen::text[], @States::text[], @Evaluations::integer[])
             AS k(pupil, brin, vestiging, state, evaluations)
        WHERE s.pupil_pseudonym = k.pupil AND s.brin = k.brin AND s.vestiging = k.vestiging
        """;

    /// <summary>One row per signal (its latest content in the batch).</summary>
    public const string UpsertSignals = """
        INSERT INTO signals (signal_id, pupil_pseudonym, brin, vestiging, kind, recipient, status,
                             begindatum, einddatum, due_date, payload, raised_at, updated_at)
        SELECT s.signal_id, s.pupil, s.brin, s.vestiging, s.kind, s.recipient, 'active',
               s.begindatum, s.einddatum, s.due_date, s.payload::jsonb, @Now, @Now
        FROM unnest(@SignalIds::text[], @Pupils::text[], @Brins::text[], @Vestigingen::text[], @Kinds::text[], @Recipients::text[],
                    @Begindata::date[], @Einddata::date[], @DueDates::date[], @Payloads::text[])
             AS s(signal_id, pupil, brin, vestiging, kind, recipient, begindatum, einddatum, due_date, payload)
        ON CONFLICT (signal_id, brin, vestiging) DO UPDATE
        SET status = 'active', begindatum = EXCLUDED.begindatum, einddatum = EXCLUDED.einddatum,
            due_date = EXCLUDED.due_date, payload = EXCLUDED.payload, updated_at = EXCLUDED.updated_at,
            withdrawn_at = NULL, withdrawal_reason = NULL
        """;

    /// <summary>Runs after <see cref="UpsertSignals"/>: a signal withdrawn after its last content in the batch.</summary>
    public const string WithdrawSignals = """
        UPDATE signals AS s
        SET status = 'withdrawn', withdrawn_at = @Now, updated_at = @Now, withdrawal_reason = w.reason
        FROM unnest(@SignalIds::text[], @Brins::text[], @Vestigingen::text[], @Reasons::text[]) AS w(signal_id, brin, vestiging, reason)
        WHERE s.signal_id = w.signal_id AND s.brin = w.brin AND s.vestiging = w.vestiging
        """;

    /// <summary>
    /// One row per melding (its latest record in the batch), then the history in the order it happened. A history row
    /// marked @HistoryIfNew (the "concept" a melding starts with) is written only when its melding was inserted here.
    /// Never touches sent_at or sent_notice's delivery: those belong to the relay.
    /// </summary>
    public const string UpsertMeldingen = """
        WITH upserted AS (
            INSERT INTO meldingen (melding_id, finding_id, pupil_pseudonym, brin, vestiging, kind, state, begindatum, einddatum,
                                   deadline, settles_at, follows_melding_id, payload, created_at, updated_at)
            SELECT m.melding_id, m.finding_id, m.pupil, m.brin, m.vestiging, m.kind, m.state, m.begindatum, m.einddatum,
                   m.deadline, m.settles_at, m.follows_melding_id, m.payload::jsonb, @Now, @Now
            FROM unnest(@MeldingIds::uuid[], @FindingIds::text[], @Pupils::text[], @Brins::text[], @Vestigingen::text[], @Kinds::text[],
                        @States::text[], @Begindata::date[], @Einddata::date[], @Deadlines::date[], @SettlesAt::timestamptz[],
                        @FollowsMeldingIds::uuid[], @Payloads::text[])
                 AS m(melding_id, finding_id, pupil, brin, vestiging, kind, state, begindatum, einddatum, deadline, settles_at,
                      follows_melding_id, payload)
            ON CONFLICT (melding_id) DO UPDATE
            SET state = EXCLUDED.state, begindatum = EXCLUDED.begindatum, einddatum = EXCLUDED.einddatum,
                deadline = EXCLUDED.deadline, settles_at = EXCLUDED.settles_at, follows_melding_id = EXCLUDED.follows_melding_id,
                payload = EXCLUDED.payload, updated_at = EXCLUDED.updated_at
            RETURNING melding_id, (xmax = 0) AS inserted
        )
        INSERT INTO melding_history (melding_id, at, event, state, detail)
        SELECT h.melding_id, @Now, h.event, h.state, h.detail
        FROM unnest(@HistoryMeldingIds::uuid[], @HistoryEvents::text[], @HistoryStates::text[], @HistoryDetails::text[], @HistoryIfNew::boolean[])
             WITH ORDINALITY AS h(melding_id, event, state, detail, if_new, position)
        WHERE NOT h.if_new OR EXISTS (SELECT 1 FROM upserted u WHERE u.melding_id = h.melding_id AND u.inserted)
        ORDER BY h.position
        """;

    public const string SetSentNotices = """
        UPDATE meldingen AS m SET sent_notice = n.notice::jsonb
        FROM unnest(@MeldingIds::uuid[], @Notices::text[]) AS n(melding_id, notice)
        WHERE m.melding_id = n.melding_id
        """;

    public const string SetDues = """
        INSERT INTO due_checks (kind, subject, due_at)
        SELECT @Kind, d.subject, d.due_at FROM unnest(@Subjects::text[], @DueAts::timestamptz[]) AS d(subject, due_at)
        ORDER BY d.subject COLLATE "C"
        ON CONFLICT (kind, subject) DO UPDATE SET due_at = EXCLUDED.due_at
        """;

    /// <summary>Keeps an earlier due time (a digest is not pushed back by later changes the same day).</summary>
    public const string SetDuesNoLater = """
        INSERT INTO due_checks (kind, subject, due_at)
        SELECT @Kind, d.subject, d.due_at FROM unnest(@Subjects::text[], @DueAts::timestamptz[]) AS d(subject, due_at)
        ORDER BY d.subject COLLATE "C"
        ON CONFLICT (kind, subject) DO UPDATE SET due_at = LEAST(due_checks.due_at, EXCLUDED.due_at)
        """;

    public const string ClearDues = """
        DELETE FROM due_checks WHERE kind = @Kind AND subject = ANY(@Subjects::text[])
        """;

    public const string UpsertDigestItems = """
        INSERT INTO finding_digest_items (brin, vestiging, finding_id, pupil_pseudonym, payload, changed_at)
        SELECT d.brin, d.vestiging, d.finding_id, d.pupil, d.payload::jsonb, @Now
        FROM unnest(@Brins::text[], @Vestigingen::text[], @FindingIds::text[], @Pupils::text[], @Payloads::text[])
             AS d(brin, vestiging, finding_id, pupil, payload)
        ON CONFLICT (brin, vestiging, pupil_pseudonym, finding_id) DO UPDATE
        SET payload = EXCLUDED.payload, changed_at = EXCLUDED.changed_at
        """;

    public const string ClearDue = """
        DELETE FROM due_checks WHERE kind = @Kind AND subject = @Subject
        """;

    public const string ClaimDue = """
        SELECT subject
        FROM due_checks
        WHERE kind = @Kind AND due_at <= @Now
        ORDER BY due_at
        LIMIT 1
        FOR UPDATE SKIP LOCKED
        """;

    public const string TakeDigestItems = """
        DELETE FROM finding_digest_items
        WHERE brin = @Brin AND vestiging = @Vestiging
        RETURNING payload::text
        """;

    public const string SchoolRegion = """
        SELECT region FROM schools WHERE brin = @Brin
        """;

    public const string SchoolPolicy = """
        SELECT melder_naam, melder_functie, melder_telefoon, melder_email, door_school_ondernomen_actie,
               actie_gemeente_gewenst, actie_gemeente_toelichting, requires_approval
        FROM schools WHERE brin = @Brin
        """;
}
