namespace IntegrationHub.Domain.Settings;

/// <summary>
/// Resolves layered partial settings: national default, then the school's region, then its gemeente, then the
/// school itself; a later (narrower) layer wins member by member. Pure.
/// </summary>
public static class RuleSettingsResolver
{
    public static RuleSettings Resolve(
        IEnumerable<RuleSettingsLayer> layers,
        string? region,
        string? gemeente,
        string? school,
        RuleSettings? defaults = null)
    {
        var matching = layers
            .Where(l => l.Scope == SettingsScope.National
                || (l.Scope == SettingsScope.Region && Same(l.Key, region))
                || (l.Scope == SettingsScope.Gemeente && Same(l.Key, gemeente))
                || (l.Scope == SettingsScope.School && Same(l.Key, school)))
            .Select((layer, index) => (layer, index))
            .OrderBy(x => x.layer.Scope)
            .ThenBy(x => x.index)
            .Select(x => x.layer);
        return matching.Aggregate(defaults ?? RuleSettings.Default, Apply);
    }

    public static RuleSettings Apply(RuleSettings s, RuleSettingsLayer l) => s with
    {
        Melding16Uur = s.Melding16Uur with
        {
            Enabled = l.Melding16UurEnabled ?? s.Melding16Uur.Enabled,
            ThresholdHours = l.Melding16UurThresholdHours ?? s.Melding16Uur.ThresholdHours,
            MinDaysBetweenMeldingen = l.Melding16UurMinDaysBetweenMeldingen ?? s.Melding16Uur.MinDaysBetweenMeldingen,
            IncludeEighteenPlus = l.Melding16UurIncludeEighteenPlus ?? s.Melding16Uur.IncludeEighteenPlus,
            CountLateAsOngeoorloofd = l.CountLateAsOngeoorloofd ?? s.Melding16Uur.CountLateAsOngeoorloofd,
            LuxeHours = l.Melding16UurLuxeHours ?? s.Melding16Uur.LuxeHours,
        },
        LangdurigVerzuim = s.LangdurigVerzuim with
        {
            Enabled = l.LangdurigVerzuimEnabled ?? s.LangdurigVerzuim.Enabled,
            Weeks = l.LangdurigVerzuimWeeks ?? s.LangdurigVerzuim.Weeks,
        },
        LuxeVerzuim = s.LuxeVerzuim with { Enabled = l.LuxeVerzuimEnabled ?? s.LuxeVerzuim.Enabled },
        Rmc = s.Rmc with
        {
            Enabled = l.RmcEnabled ?? s.Rmc.Enabled,
            SchoolWeeks = l.RmcSchoolWeeks ?? s.Rmc.SchoolWeeks,
        },
        AbsoluutVerzuim = s.AbsoluutVerzuim with { Enabled = l.AbsoluutVerzuimEnabled ?? s.AbsoluutVerzuim.Enabled },
        Mazl = s.Mazl with
        {
            Enabled = l.MazlEnabled ?? s.Mazl.Enabled,
            EnabledForPo = l.MazlEnabledForPo ?? s.Mazl.EnabledForPo,
            SickReportCount = l.MazlSickReportCount ?? s.Mazl.SickReportCount,
            SickReportWindowSchoolWeeks = l.MazlSickReportWindowSchoolWeeks ?? s.Mazl.SickReportWindowSchoolWeeks,
            ConsecutiveSchoolDays = l.MazlConsecutiveSchoolDays ?? s.Mazl.ConsecutiveSchoolDays,
            PoMaxSickReportsPerYear = l.MazlPoMaxSickReportsPerYear ?? s.Mazl.PoMaxSickReportsPerYear,
            PoMaxSickDaysPerYear = l.MazlPoMaxSickDaysPerYear ?? s.Mazl.PoMaxSickDaysPerYear,
            CountZorgenvinkje = l.MazlCountZorgenvinkje ?? s.Mazl.CountZorgenvinkje,
        },
        Ladder = s.Ladder with
        {
            Enabled = l.LadderEnabled ?? s.Ladder.Enabled,
            LateSteps = l.LadderLateSteps ?? s.Ladder.LateSteps,
        },
        BeginnendVerzuim = s.BeginnendVerzuim with
        {
            Enabled = l.BeginnendVerzuimEnabled ?? s.BeginnendVerzuim.Enabled,
            ThresholdHours = l.BeginnendVerzuimThresholdHours ?? s.BeginnendVerzuim.ThresholdHours,
        },
        CombinedPattern = s.CombinedPattern with
        {
            Enabled = l.CombinedPatternEnabled ?? s.CombinedPattern.Enabled,
            ThresholdHours = l.CombinedPatternThresholdHours ?? s.CombinedPattern.ThresholdHours,
        },
        Meldingen = s.Meldingen with
        {
            ParentsSchoolDays = l.MeldingParentsSchoolDays ?? s.Meldingen.ParentsSchoolDays,
            UnchangedHours = l.MeldingUnchangedHours ?? s.Meldingen.UnchangedHours,
            DeadlineMarginWorkingDays = l.MeldingDeadlineMarginWorkingDays ?? s.Meldingen.DeadlineMarginWorkingDays,
            ReminderWorkingDaysBeforeDeadline = l.MeldingReminderWorkingDaysBeforeDeadline ?? s.Meldingen.ReminderWorkingDaysBeforeDeadline,
            DigestHour = l.MeldingDigestHour ?? s.Meldingen.DigestHour,
            MinimumQuietMinutes = l.MeldingMinimumQuietMinutes ?? s.Meldingen.MinimumQuietMinutes,
        },
    };

    private static bool Same(string? key, string? value) =>
        key is not null && value is not null && string.Equals(key.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase);
}
