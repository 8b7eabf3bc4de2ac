namespace IntegrationHub.Domain.Settings;

/// <summary>
/// MAZL criteria (domain.md section 6). vo/mbo (NCJ): the <paramref name="SickReportCount"/>th sick report within
/// <paramref name="SickReportWindowSchoolWeeks"/> school weeks, or the <paramref name="ConsecutiveSchoolDays"/>th
/// consecutive school day sick. po (only when <paramref name="EnabledForPo"/>): more than
/// <paramref name="PoMaxSickReportsPerYear"/> sick reports or more than <paramref name="PoMaxSickDaysPerYear"/>
/// sick school days in a school year. The Zorgenvinkje counts when <paramref name="CountZorgenvinkje"/>.
/// </summary>
public sealed record MazlSettings(
    bool Enabled = true,
    bool EnabledForPo = false,
    int SickReportCount = 4,
    int SickReportWindowSchoolWeeks = 12,
    int ConsecutiveSchoolDays = 7,
    int PoMaxSickReportsPerYear = 4,
    int PoMaxSickDaysPerYear = 9,
    bool CountZorgenvinkje = true);
