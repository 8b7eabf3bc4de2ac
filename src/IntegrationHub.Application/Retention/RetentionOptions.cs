using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Application.Retention;

/// <summary>
/// Section "Retention": how long each kind of pupil data is kept, when the purge runs and how far ahead the ledger's
/// monthly partitions are made. Terms count from the row's own date (recorded, received, last changed, sent).
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>
    /// Raw attendance: the ledger, submissions, rejected submissions (raw bodies may hold a BSN), the inbox, sent outbox
    /// rows and school records. Default 730 days: two school years, longer than the rules' 400-day horizon, so a
    /// correction the rules answer from the ledger still finds its facts.
    /// </summary>
    [Range(1, 3650)]
    public int RawAttendanceDays { get; set; } = 730;

    /// <summary>
    /// Findings: signals, pupil rule state and digest items, counted from their last change. Default 400 days: the rules'
    /// own horizon; nothing older can still change a finding.
    /// </summary>
    [Range(1, 3650)]
    public int SignalsDays { get; set; } = 400;

    /// <summary>
    /// Meldingen are kept for the school year of the melding (the day it was made, else created) plus this many school
    /// years. Default 1, as the register keeps them (domain.md section 8).
    /// </summary>
    [Range(0, 10)]
    public int MeldingenFollowingSchoolYears { get; set; } = 1;

    /// <summary>
    /// The disclosure log, from the disclosure's start. Default 1095 days (three years): longer than any melding it
    /// accounts for is kept, so a parent's inzage covers every melding the hub still holds.
    /// </summary>
    [Range(1, 3650)]
    public int DisclosureLogDays { get; set; } = 1095;

    /// <summary>The time zone of the purge's daily time and of the meldingen's school years.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>Whether the worker purges on schedule (the command <c>hub purge</c> works either way).</summary>
    public bool PurgeEnabled { get; set; } = true;

    /// <summary>The local time of day (HH:mm) the purge runs, once a day.</summary>
    [Required]
    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    public string PurgeAt { get; set; } = "03:30";

    /// <summary>The ledger's monthly partitions are made this many months ahead of the current month, at start-up and daily.</summary>
    [Range(1, 60)]
    public int PartitionMonthsAhead { get; set; } = 3;

    public TimeOnly PurgeTime => TimeOnly.ParseExact(PurgeAt, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
