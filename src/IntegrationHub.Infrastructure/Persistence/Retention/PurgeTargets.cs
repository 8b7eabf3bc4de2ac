using IntegrationHub.Application.Retention;

namespace IntegrationHub.Infrastructure.Persistence.Retention;

/// <summary>
/// Every table that holds pupil data, in the order the purge visits them (what depends on a table comes after it;
/// identity last). To cover a new table, add one line: <c>PurgeTarget.ByDate("consents", RetentionKind.X, "coalesce(t.withdrawn_at, t.valid_until)")</c>,
/// and, when it holds the pupil pseudonym, one line in <see cref="PupilTables"/>.
/// </summary>
public static class PurgeTargets
{
    private const string PupilDueSubject = "split_part(t.subject, '/', 1)";

    public static readonly IReadOnlyList<PurgeTarget> All =
    [
        new("attendance_ledger", RetentionKind.RawAttendance, "t.recorded_at", PurgeMethod.LedgerPartitions),
        PurgeTarget.ByDate("submissions", RetentionKind.RawAttendance, "t.last_received_at"),
        PurgeTarget.ByDate("rejected_submissions", RetentionKind.RawAttendance, "t.received_at"),
        PurgeTarget.ByDate("inbox", RetentionKind.RawAttendance, "t.processed_at"),
        PurgeTarget.ByDate("outbox", RetentionKind.RawAttendance, "coalesce(t.sent_at, t.blocked_at)"),
        PurgeTarget.ByDate("school_records", RetentionKind.RawAttendance, "t.first_recorded_at"),
        PurgeTarget.ByDate("signals", RetentionKind.Signals, "t.updated_at"),
        PurgeTarget.ByDate("pupil_state", RetentionKind.Signals, "t.updated_at"),
        PurgeTarget.ByDate("finding_digest_items", RetentionKind.Signals, "t.changed_at"),
        PurgeTarget.ByDate("meldingen", RetentionKind.Meldingen, "coalesce(t.sent_at, t.created_at)"),
        PurgeTarget.Where("melding_history", RetentionKind.Meldingen,
            "NOT EXISTS (SELECT 1 FROM meldingen m WHERE m.melding_id = t.melding_id)"),
        PurgeTarget.Where("due_checks", RetentionKind.Signals,
            $"t.kind = 'pupil' AND NOT EXISTS (SELECT 1 FROM pupil_state s WHERE s.pupil_pseudonym = {PupilDueSubject} AND s.brin = split_part(t.subject, '/', 2) AND s.vestiging = split_part(t.subject, '/', 3))"
            + $" AND NOT EXISTS (SELECT 1 FROM meldingen m WHERE m.pupil_pseudonym = {PupilDueSubject} AND m.brin = split_part(t.subject, '/', 2) AND m.vestiging = split_part(t.subject, '/', 3))"),
        PurgeTarget.ByDate("disclosures", RetentionKind.DisclosureLog, "t.started_at"),
        PurgeTarget.ByDate("consents", RetentionKind.DisclosureLog, "coalesce(t.withdrawn_on::timestamptz, t.valid_until::timestamptz, t.recorded_at)"),
        PurgeTarget.ByDate("melding_routes", RetentionKind.Meldingen, "t.routed_at"),
        PurgeTarget.ByDate("melding_toelichtingen", RetentionKind.Meldingen, "t.confirmed_at"),
        PurgeTarget.ByDate("mazl_referrals", RetentionKind.Signals, "t.updated_at"),
        PurgeTarget.ByDate("partner_statuses", RetentionKind.Meldingen, "t.received_at"),
        PurgeTarget.ByDate("jgz_advices", RetentionKind.Signals, "t.received_at"),
        PurgeTarget.ByDate("partner_rejections", RetentionKind.RawAttendance, "t.received_at"),
        PurgeTarget.ByDate("parked_deliveries", RetentionKind.RawAttendance, "coalesce(t.rerouted_at, t.parked_at)"),
        // DUO (issue 10): a request goes once done (never while it waits: the melding must still reach DUO); the melding's
        // lifecycle with the register term of meldingen, once nothing of it waits; its statuses with it.
        PurgeTarget.ByDate("duo_outbox", RetentionKind.RawAttendance, "t.done_at"),
        PurgeTarget.ByDate("duo_meldingen", RetentionKind.Meldingen, "t.made_at",
            "NOT EXISTS (SELECT 1 FROM duo_outbox o WHERE o.melding_id = t.melding_id AND o.done_at IS NULL)"),
        PurgeTarget.ByDate("duo_melding_statuses", RetentionKind.Meldingen, "t.recorded_at",
            "NOT EXISTS (SELECT 1 FROM duo_meldingen m WHERE m.meldingsnummer = t.meldingsnummer OR m.melding_id = t.melding_id)"),
        PurgeTarget.Where("school_pupils", RetentionKind.Identity, "t.updated_at <= @RawThrough AND " + PupilTables.NothingLeftOf("t.pupil_pseudonym")),
        PurgeTarget.Where("pupil_identity", RetentionKind.Identity, "t.first_seen_at <= @RawThrough AND " + PupilTables.NothingLeftOf("t.pseudonym")),
    ];
}
