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
    /// <summary>The detail window this engine is measured and tested with (one calendar week).</summary>
    public const int RecommendedDetailDays = 7;

    /// <summary>
    /// Calendar days (up to the latest fact, or today if earlier) whose registrations are held in full; older days are
    /// folded into what the rules can still see (<see cref="PupilState.FoldedDays"/>), so the state and the cost of an
    /// event stop growing with history. Null (the default) folds nothing. A caller that sets it must answer
    /// <see cref="SignaleringResult.NeedsHistory"/> from the ledger (<see cref="SignaleringEngine.ApplyWithHistory"/>).
    /// </summary>
    public int? DetailDays { get; init; }

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
