using IntegrationHub.Domain.Signalering.State;

namespace IntegrationHub.Domain.Signalering;

/// <summary>Between a day's totals and its folded snapshot, both ways, without loss.</summary>
internal static class FoldedDays
{
    /// <summary>The snapshot of a day, or null when it holds nothing a rule reads (no figures, only presence or nothing).</summary>
    public static FoldedDay? Of(DayTotals day)
    {
        if (day.OngeoorloofdMinutes == 0 && day.OngeoorloofdCountable == 0 && day.OngeoorloofdRecordIds.Count == 0
            && day.LateCount == 0 && day.LateMinutes == 0 && day.LateRecordIds.Count == 0
            && day.SickMinutes == 0 && day.SickCountable == 0 && !day.IsSickDay && day.SickRecordIds.Count == 0
            && day.ZiekteRecordIds.Count == 0 && !day.HasAuthorisedAbsence && !day.IsLuxeDay
            && day.LuxeRecordIds.Count == 0 && day.LuxeMinutes == 0 && day.LuxeCountable == 0)
        {
            return null;
        }

        return new FoldedDay
        {
            Date = day.Date,
            OngeoorloofdMinutes = day.OngeoorloofdMinutes,
            OngeoorloofdCountable = day.OngeoorloofdCountable,
            OngeoorloofdRecordIds = Ids(day.OngeoorloofdRecordIds),
            LuxeMinutes = day.LuxeMinutes,
            LuxeCountable = day.LuxeCountable,
            LuxeRecordIds = Ids(day.LuxeRecordIds),
            LateCount = day.LateCount,
            LateMinutes = day.LateMinutes,
            LateRecordIds = Ids(day.LateRecordIds),
            SickMinutes = day.SickMinutes,
            SickCountable = day.SickCountable,
            IsSickDay = day.IsSickDay,
            SickRecordIds = Ids(day.SickRecordIds),
            ZiekteRecordIds = Ids(day.ZiekteRecordIds),
            HasPresence = day.HasPresence,
            HasAuthorisedAbsence = day.HasAuthorisedAbsence,
            IsLuxeDay = day.IsLuxeDay,
        };
    }

    public static void CopyTo(FoldedDay folded, DayTotals day)
    {
        day.OngeoorloofdMinutes = folded.OngeoorloofdMinutes;
        day.OngeoorloofdCountable = folded.OngeoorloofdCountable;
        day.OngeoorloofdRecordIds.AddRange(folded.OngeoorloofdRecordIds ?? []);
        day.LuxeMinutes = folded.LuxeMinutes;
        day.LuxeCountable = folded.LuxeCountable;
        day.LuxeRecordIds.AddRange(folded.LuxeRecordIds ?? []);
        day.LateCount = folded.LateCount;
        day.LateMinutes = folded.LateMinutes;
        day.LateRecordIds.AddRange(folded.LateRecordIds ?? []);
        day.SickMinutes = folded.SickMinutes;
        day.SickCountable = folded.SickCountable;
        day.IsSickDay = folded.IsSickDay;
        day.SickRecordIds.AddRange(folded.SickRecordIds ?? []);
        day.ZiekteRecordIds.AddRange(folded.ZiekteRecordIds ?? []);
        day.HasPresence = folded.HasPresence;
        day.HasAuthorisedAbsence = folded.HasAuthorisedAbsence;
        day.IsLuxeDay = folded.IsLuxeDay;
    }

    /// <summary>The snapshot of a date, if kept (the list is sorted by date).</summary>
    public static FoldedDay? Find(List<FoldedDay> days, DateOnly date)
    {
        var low = 0;
        var high = days.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var compare = days[mid].Date.CompareTo(date);
            if (compare == 0)
            {
                return days[mid];
            }

            if (compare < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return null;
    }

    private static List<string>? Ids(List<string> ids) => ids.Count == 0 ? null : [.. ids];
}
