using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Settings;

namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// What the rules need besides the pupil's state: the calendar of the pupil's school, the resolved settings and
/// the look-back horizon (facts older than <see cref="HorizonDays"/> before <c>now</c> are pruned; no rule looks
/// further back than a school year plus its window). Build it once per school and reuse it.
/// </summary>
public sealed record SignaleringContext(SchoolCalendar Calendar, RuleSettings Settings, int HorizonDays = 400)
{
    /// <summary>
    /// Builds the context of one school location from its region (or the override's region), its calendar
    /// overrides, the layered settings and the gemeente the settings are resolved for. Pure.
    /// </summary>
    public static SignaleringContext Create(
        SchoolRegion region,
        IEnumerable<SchoolCalendarOverride>? calendarOverrides = null,
        IEnumerable<RuleSettingsLayer>? settingsLayers = null,
        string? gemeente = null,
        string? school = null,
        Func<SchoolRegion, string, IReadOnlyList<Holiday>>? nationalHolidays = null)
    {
        var overrides = (calendarOverrides ?? []).ToList();
        var effectiveRegion = overrides.Count > 0 ? SchoolRegionParser.Parse(overrides[^1].Region) : region;
        var calendar = SchoolCalendar.Create(effectiveRegion, overrides, nationalHolidays);
        var settings = RuleSettingsResolver.Resolve(
            settingsLayers ?? [],
            effectiveRegion.ToString(),
            gemeente,
            school);
        return new SignaleringContext(calendar, settings);
    }
}
