using IntegrationHub.Domain.Events;

namespace IntegrationHub.Domain.Signalering;

/// <summary>
/// Units (domain.md section 3). Counting is done in "countable minutes" so sums stay exact: a dagdeel (po) counts its
/// clock minutes; a lesson (vo/mbo) of at most 60 minutes counts as one full hour (60), a longer lesson counts its
/// minutes (so a 90-minute block is 1.5 lesson hours). Lateness always counts its clock minutes late, never a whole
/// lesson. Hours = countable minutes / 60.
/// </summary>
public static class HourCounting
{
    public static int CountableMinutes(RegistrationUnit unit, int minutes, AbsenceStatus status)
    {
        if (minutes <= 0)
        {
            return 0;
        }

        if (status == AbsenceStatus.Late || unit == RegistrationUnit.Dagdeel)
        {
            return minutes;
        }

        return Math.Max(minutes, 60);
    }

    public static decimal Hours(int countableMinutes) => Math.Round(countableMinutes / 60m, 2);
}
