namespace IntegrationHub.Domain.Settings;

/// <summary>
/// RMC (18-23 without startkwalificatie): continuous absence without valid reason for at least
/// <paramref name="ContinuousCalendarDays"/> calendar days (WEB 8.1.8a; a school may set fewer), and a
/// deregistration without startkwalificatie and without a new school (voortijdig schoolverlaten). A school day
/// counts as absent as for langdurig verzuim (the lessons scheduled that day were missed, however few).
/// </summary>
public sealed record RmcSettings(bool Enabled = true, int ContinuousCalendarDays = 28, bool ReportVoortijdigSchoolverlaten = true);
