namespace IntegrationHub.Domain.Settings;

/// <summary>
/// RMC (18-23 without startkwalificatie): continuous absence without valid reason for a period of at least
/// <paramref name="SchoolWeeks"/> weeks of lestijd (WEB 8.1.8a "vier weken"; school weeks, so weekends and holiday
/// weeks neither count nor break the run; a school may set a shorter period), and a deregistration without
/// startkwalificatie and without a new school (voortijdig schoolverlaten). A school day counts as absent as for
/// langdurig verzuim (the lessons scheduled that day were missed, however few).
/// </summary>
public sealed record RmcSettings(bool Enabled = true, int SchoolWeeks = 4, bool ReportVoortijdigSchoolverlaten = true);
