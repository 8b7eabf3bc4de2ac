using IntegrationHub.Domain.Calendar;

namespace IntegrationHub.Domain.Retention;

/// <summary>
/// How long a melding is kept: the register keeps melding data for the school year of the melding plus the next one
/// (domain.md section 8). A melding of school year 2026-2027 (1 August 2026 - 31 July 2027) is kept until 31 July 2028
/// and past its term from 1 August 2028. <c>followingSchoolYears</c> is the "plus the next one" (1); 0 keeps a melding
/// only for its own school year. Dates are local dates (the school's time zone).
/// </summary>
public static class MeldingRetention
{
    /// <summary>The last day a melding dated <paramref name="meldingDate"/> is kept.</summary>
    public static DateOnly KeptUntil(DateOnly meldingDate, int followingSchoolYears)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(followingSchoolYears);
        return SchoolYear.LastDay(SchoolYear.StartYearOf(meldingDate) + followingSchoolYears);
    }

    /// <summary>
    /// The first melding date still kept on <paramref name="today"/>: every melding dated before it is past its term.
    /// The first day of the school year <paramref name="followingSchoolYears"/> before today's.
    /// </summary>
    public static DateOnly KeptFrom(DateOnly today, int followingSchoolYears)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(followingSchoolYears);
        return SchoolYear.FirstDay(SchoolYear.StartYearOf(today) - followingSchoolYears);
    }

    public static bool IsPastTerm(DateOnly meldingDate, DateOnly today, int followingSchoolYears) =>
        today > KeptUntil(meldingDate, followingSchoolYears);
}
