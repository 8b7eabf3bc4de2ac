namespace IntegrationHub.Infrastructure.Persistence.Retention;

/// <summary>
/// The tables that keep a pupil "alive" (by pupil pseudonym): while any of them holds a row of the pupil, the pupil's
/// identity and the schools' pupil keys stay. A new table that holds the pupil pseudonym gets one line here. The ledger
/// counts only with rows not past the raw-attendance term, so a dry run (which drops no partitions) counts exactly.
/// </summary>
public static class PupilTables
{
    public static readonly IReadOnlyList<(string Table, string PseudonymColumn, string? StillKept)> All =
    [
        ("attendance_ledger", "pupil_pseudonym", "x.recorded_at > @RawThrough"),
        ("pupil_state", "pupil_pseudonym", null),
        ("signals", "pupil_pseudonym", null),
        ("meldingen", "pupil_pseudonym", null),
        ("school_records", "pupil_pseudonym", null),
        ("finding_digest_items", "pupil_pseudonym", null),
        ("consents", "pupil_pseudonym", null),
        ("mazl_referrals", "pupil_pseudonym", null),
        ("parked_deliveries", "pupil_pseudonym", null),
        ("jgz_advices", "pupil_pseudonym", null),
        ("duo_meldingen", "pupil_pseudonym", null),
        ("duo_outbox", "pupil_pseudonym", null),
    ];

    /// <summary>SQL that holds when none of the tables has anything left of the pupil <paramref name="pseudonym"/> (an SQL expression).</summary>
    public static string NothingLeftOf(string pseudonym) => string.Join(
        " AND ",
        All.Select(t => $"NOT EXISTS (SELECT 1 FROM {t.Table} x WHERE x.{t.PseudonymColumn} = {pseudonym}{(t.StillKept is null ? "" : " AND " + t.StillKept)})"));
}
