using IntegrationHub.Domain.Calendar;
using IntegrationHub.Domain.Signalering.State;

namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// The regime on a date (domain.md section 2), with ages taken on that date. Leerplicht runs from the first day of
/// the month after the 5th birthday (the first school day of that month is the first day it can matter) up to and
/// including 31 July of the school year in which the pupil turns 16; then kwalificatieplicht until 18 and RMC until
/// 23, both only without startkwalificatie. A vrijstelling covering the date wins.
/// </summary>
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
}
