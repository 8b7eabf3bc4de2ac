using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Signalering.State;

namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// The regime on a date (domain.md section 2), with ages taken on that date. Leerplicht runs from the first day of
/// the month after the 5th birthday (the first school day of that month is the first day it can matter) up to and
/// including 31 July of the school year in which the pupil turns 16, or earlier at the end of the school year in which
/// the pupil completes 12 full school years (Leerplichtwet art. 3(1)(a): "aan het einde van het schooljaar waarin de
/// jongere twaalf volledige schooljaren een of meer scholen heeft bezocht"), whichever comes first; then
/// kwalificatieplicht until 18 and RMC until 23, both only without startkwalificatie. A vrijstelling covering the
/// date wins.
/// </summary>
/// <remarks>
/// Full school years (exact definition): a school year (1 August to 31 July, art. 1) counts as full when the pupil
/// attended from its start, i.e. <see cref="ProfileSnapshot.FirstSchoolDay"/> is on or before its first day,
/// 1 August; every later school year counts too (attendance is assumed continuous from the first school day; leave,
/// sickness or a change of school do not make a year less than full). So the first full school year is the school
/// year starting in August of the FirstSchoolDay's year when FirstSchoolDay is 1 August, otherwise the next one; the
/// 12th full school year is the 11th after that, and leerplicht ends on its 31 July. Without a FirstSchoolDay only
/// the age rule applies.
/// </remarks>
public static class RegimeResolver
{
    public static Regime Resolve(ProfileSnapshot profile, DateOnly date, bool vrijgesteld)
    {
        if (vrijgesteld)
        {
            return Regime.Vrijgesteld;
        }

        if (profile.BirthDate is not { } birth)
        {
            return Regime.None;
        }

        var fifth = birth.AddYears(5);
        var leerplichtStart = new DateOnly(fifth.Year, fifth.Month, 1).AddMonths(1);
        var leerplichtEnd = SchoolYear.LastDay(SchoolYear.StartYearOf(birth.AddYears(16)));
        if (EndAfterTwelveFullSchoolYears(profile.FirstSchoolDay) is { } twelve && twelve < leerplichtEnd)
        {
            leerplichtEnd = twelve;
        }

        if (date < leerplichtStart)
        {
            return Regime.None;
        }

        if (date <= leerplichtEnd)
        {
            return Regime.Leerplicht;
        }

        if (profile.HasStartkwalificatie)
        {
            return Regime.None;
        }

        if (date < birth.AddYears(18))
        {
            return Regime.Kwalificatieplicht;
        }

        return date < birth.AddYears(23) ? Regime.Rmc : Regime.None;
    }

    /// <summary>The last day of the school year in which the 12th full school year completes (see remarks), or null.</summary>
    public static DateOnly? EndAfterTwelveFullSchoolYears(DateOnly? firstSchoolDay)
    {
        if (firstSchoolDay is not { } first)
        {
            return null;
        }

        var startYear = SchoolYear.StartYearOf(first);
        if (startYear > DateOnly.MaxValue.Year - 13)
        {
            return null;
        }

        var firstFull = first <= SchoolYear.FirstDay(startYear) ? startYear : startYear + 1;
        return SchoolYear.LastDay(firstFull + 11);
    }
}
