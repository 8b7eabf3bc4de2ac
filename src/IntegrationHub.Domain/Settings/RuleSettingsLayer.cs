namespace IntegrationHub.Domain.Settings;

/// <summary>
/// A partial set of rule settings for one scope. Members left null inherit from the wider scope.
/// <see cref="Key"/> is the region ("noord"), the gemeente code ("GM0344") or the school (BRIN + vestiging,
/// "12AB00"); it is ignored for <see cref="SettingsScope.National"/>.
/// </summary>
public sealed record RuleSettingsLayer
{
    public required SettingsScope Scope { get; init; }

    public string? Key { get; init; }

    public bool? Melding16UurEnabled { get; init; }

    public decimal? Melding16UurThresholdHours { get; init; }

    public int? Melding16UurMinDaysBetweenMeldingen { get; init; }

    public bool? Melding16UurIncludeEighteenPlus { get; init; }

    public bool? CountLateAsOngeoorloofd { get; init; }

    /// <summary>How luxe verzuim hours take part in the 16-uur count ("CountWithOtherHours" or "Exclude").</summary>
    public LuxeVerzuimHours? Melding16UurLuxeHours { get; init; }

    public bool? LangdurigVerzuimEnabled { get; init; }

    public int? LangdurigVerzuimWeeks { get; init; }

    public bool? LuxeVerzuimEnabled { get; init; }

    public bool? RmcEnabled { get; init; }

    /// <summary>The RMC period in school weeks (default 4; a school may set a shorter period).</summary>
    public int? RmcSchoolWeeks { get; init; }

    public bool? AbsoluutVerzuimEnabled { get; init; }

    public bool? MazlEnabled { get; init; }

    public bool? MazlEnabledForPo { get; init; }

    public int? MazlSickReportCount { get; init; }

    public int? MazlSickReportWindowSchoolWeeks { get; init; }

    public int? MazlConsecutiveSchoolDays { get; init; }

    public int? MazlPoMaxSickReportsPerYear { get; init; }

    public int? MazlPoMaxSickDaysPerYear { get; init; }

    public bool? MazlCountZorgenvinkje { get; init; }

    public bool? LadderEnabled { get; init; }

    public IReadOnlyList<int>? LadderLateSteps { get; init; }

    public bool? BeginnendVerzuimEnabled { get; init; }

    public decimal? BeginnendVerzuimThresholdHours { get; init; }

    public bool? CombinedPatternEnabled { get; init; }

    public decimal? CombinedPatternThresholdHours { get; init; }

    public int? MeldingParentsSchoolDays { get; init; }

    public int? MeldingUnchangedHours { get; init; }

    public int? MeldingDeadlineMarginWorkingDays { get; init; }

    public int? MeldingReminderWorkingDaysBeforeDeadline { get; init; }

    public int? MeldingDigestHour { get; init; }

    public int? MeldingMinimumQuietMinutes { get; init; }
}
