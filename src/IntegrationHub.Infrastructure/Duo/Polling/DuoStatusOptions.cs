using System.ComponentModel.DataAnnotations;

namespace IntegrationHub.Infrastructure.Duo.Polling;

/// <summary>The DUO status loop: the poll of DUO's register, its alert, and the partner overdue watch. Section "Duo:Status".</summary>
public sealed class DuoStatusOptions
{
    public const string SectionName = "Duo:Status";

    /// <summary>How often the hub asks DUO for the meldingen changed since the watermark.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How far before the watermark each poll asks from (what comes back twice is de-duplicated).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan PollOverlap { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The very first poll (no watermark yet) asks from this long ago.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "366.00:00:00")]
    public TimeSpan InitialLookback { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A poll that has not succeeded for this long is an alert (a warning, the meter, the health check Degraded).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan PollAlertAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the overdue watch looks for meldingen that waited too long for the gemeente's status.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan OverdueCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The "terugkoppelgarantie": calendar days after DUO registered a melding within which the gemeente should set a
    /// status. Default 14: twice the 5 working days the school itself has to report (domain.md section 4), in calendar
    /// days so holidays do not stretch it; a starting point to agree with the gemeenten, not a legal term.
    /// </summary>
    [Range(1, 365)]
    public int PartnerOverdueAfterDays { get; set; } = 14;

    /// <summary>Meldingen one overdue pass notifies in one transaction (the pass goes on until none is left).</summary>
    [Range(1, 10_000)]
    public int OverdueBatchSize { get; set; } = 500;
}
