namespace IntegrationHub.Domain.Calendar;

/// <summary>
/// The school days of one school location: weekdays minus the schoolvakanties of its region (or its own
/// holidays), minus the national public holidays, minus the school's own days off. Immutable; build it once
/// per school with <see cref="Create"/> and share it.
/// </summary>
/// <remarks>
/// A school year without any calendar (neither the national table nor a school override with holidays) is an
/// error an operator must see, never "every weekday is a school day": <see cref="HasCalendarFor"/> is false for its
/// dates and none of them is a school day (nothing counts); the engine reports such years in
/// <c>SignaleringResult.MissingCalendarYears</c>.
/// </remarks>
/// <remarks>
/// A school week is a Monday-Sunday week with at least one school day; weeks without one (holiday weeks)
/// have no ordinal, so they neither count nor break a window of school weeks. "School time"
/// (<see cref="SchoolTime"/>) is <c>ordinal * 7 + weekday</c>: a rolling window of N school weeks is the
/// set of days whose school time lies within <c>N * 7</c> of each other.
/// </remarks>
/// <remarks>
/// The rules ask these questions for every day they scan, for every event, so inside the range the answers are kept
/// as arrays by day number: one bit per day for "school day", one ordinal per week. Hash lookups by date were 4-5% of
/// the worker's CPU in the profile. Outside the range the sets answer as before.
/// </remarks>
public sealed class SchoolCalendar
{
    private static readonly DateOnly RangeStart = new(2000, 1, 3); // a Monday
    private static readonly DateOnly RangeEnd = new(2050, 12, 31);

    private readonly HashSet<DateOnly> closedDays;
    private readonly HashSet<DateOnly> publicHolidays;
    private readonly HashSet<int> yearsWithCalendar;
    private readonly ulong[] schoolDayBits;
    private readonly int[] ordinalByWeek;
    private readonly List<DateOnly> mondayByOrdinal;

    private SchoolCalendar(SchoolRegion region, HashSet<DateOnly> closedDays, HashSet<DateOnly> publicHolidays, HashSet<int> yearsWithCalendar)
    {
        Region = region;
        this.closedDays = closedDays;
        this.publicHolidays = publicHolidays;
        this.yearsWithCalendar = yearsWithCalendar;
        var days = RangeEnd.DayNumber - RangeStart.DayNumber + 1;
        schoolDayBits = new ulong[(days + 63) / 64];
        for (var n = 0; n < days; n++)
        {
            if (IsSchoolDayBySets(DateOnly.FromDayNumber(RangeStart.DayNumber + n)))
            {
                schoolDayBits[n >> 6] |= 1UL << (n & 63);
            }
        }

        ordinalByWeek = new int[(days + 6) / 7];
        mondayByOrdinal = [];
        for (var week = 0; week < ordinalByWeek.Length; week++)
        {
            var hasSchoolDay = false;
            for (var i = 0; i < 5 && !hasSchoolDay; i++)
            {
                hasSchoolDay = IsSchoolDay(RangeStart.AddDays((week * 7) + i));
            }

            ordinalByWeek[week] = hasSchoolDay ? mondayByOrdinal.Count : -1;
            if (hasSchoolDay)
            {
                mondayByOrdinal.Add(RangeStart.AddDays(week * 7));
            }
        }
    }

    public SchoolRegion Region { get; }

    /// <summary>The last date the calendar knows (school weeks are numbered up to here).</summary>
    public static DateOnly LastSupportedDate => RangeEnd;

    /// <summary>
    /// Builds the calendar of a school in <paramref name="region"/>. <paramref name="nationalHolidays"/> gives the
    /// schoolvakanties per region and school year (default: <see cref="NationalSchoolHolidays.For"/>); an
    /// override replaces them for its school year when its Holidays are given (the school's own calendar always
    /// wins over the national table), and always adds its DaysOff. A school year gets a calendar from either source;
    /// one with neither has none (see <see cref="HasCalendarFor"/>).
    /// </summary>
    public static SchoolCalendar Create(
        SchoolRegion region,
        IEnumerable<SchoolCalendarOverride>? overrides = null,
        Func<SchoolRegion, string, IReadOnlyList<Holiday>>? nationalHolidays = null)
    {
        nationalHolidays ??= NationalSchoolHolidays.For;
        var overrideList = (overrides ?? []).ToList();
        var closed = new HashSet<DateOnly>();
        var publicDays = new HashSet<DateOnly>();
        var withCalendar = new HashSet<int>();
        for (var year = RangeStart.Year; year <= RangeEnd.Year; year++)
        {
            foreach (var holiday in PublicHolidays.ForYear(year))
            {
                publicDays.Add(holiday.From);
                closed.Add(holiday.From);
            }

            var label = FormattableString.Invariant($"{year}-{year + 1}");
            var own = overrideList.LastOrDefault(o => o.SchoolYear == label && o.Holidays is not null);
            var holidays = own?.Holidays ?? nationalHolidays(region, label);
            if (own is not null || holidays.Count > 0)
            {
                withCalendar.Add(year);
            }

            foreach (var holiday in holidays)
            {
                for (var day = holiday.From; day <= holiday.To; day = day.AddDays(1))
                {
                    closed.Add(day);
                }
            }
        }

        foreach (var dayOff in overrideList.SelectMany(o => o.DaysOff))
        {
            closed.Add(dayOff);
        }

        return new SchoolCalendar(region, closed, publicDays, withCalendar);
    }

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>A weekday of a school year with a calendar, outside its holidays, public holidays and days off.</summary>
    public bool IsSchoolDay(DateOnly date)
    {
        var n = (uint)(date.DayNumber - RangeStart.DayNumber);
        return n < (uint)(RangeEnd.DayNumber - RangeStart.DayNumber + 1)
            ? (schoolDayBits[n >> 6] & (1UL << (int)(n & 63))) != 0
            : IsSchoolDayBySets(date);
    }

    /// <summary>
    /// Whether the school year of <paramref name="date"/> has a calendar: the school's own override with holidays,
    /// or the national table for the region.
    /// </summary>
    public bool HasCalendarFor(DateOnly date) => yearsWithCalendar.Contains(SchoolYear.StartYearOf(date));

    /// <summary>The labels ("2030-2031") of the school years from <paramref name="from"/> to <paramref name="to"/> that have no calendar.</summary>
    public IReadOnlyList<string> SchoolYearsWithoutCalendar(DateOnly from, DateOnly to)
    {
        var missing = new List<string>();
        var last = Math.Min(SchoolYear.StartYearOf(to), SchoolYear.StartYearOf(from) + 10);
        for (var year = SchoolYear.StartYearOf(from); year <= last; year++)
        {
            if (!yearsWithCalendar.Contains(year))
            {
                missing.Add(SchoolYear.LabelOf(SchoolYear.FirstDay(year)));
            }
        }

        return missing;
    }

    /// <summary>A working day for deadlines: Monday to Friday and not a national public holiday.</summary>
    public bool IsWorkingDay(DateOnly date) => !IsWeekend(date) && !publicHolidays.Contains(date);

    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        var result = date;
        for (var added = 0; added < days;)
        {
            result = result.AddDays(1);
            if (IsWorkingDay(result))
            {
                added++;
            }
        }

        return result;
    }

    /// <summary>The ordinal of the school week containing <paramref name="date"/>, or null in a holiday week.</summary>
    public int? SchoolWeekOrdinal(DateOnly date)
    {
        var monday = MondayOf(date);
        return monday >= RangeStart && monday <= RangeEnd && ordinalByWeek[(monday.DayNumber - RangeStart.DayNumber) / 7] is var ordinal and >= 0
            ? ordinal
            : null;
    }

    /// <summary>The school time of a date in a school week (see remarks), or null in a holiday week.</summary>
    public int? SchoolTime(DateOnly date) =>
        SchoolWeekOrdinal(date) is { } ordinal ? (ordinal * 7) + DayIndex(date) : null;

    /// <summary>The school time of the first school week starting at or after <paramref name="date"/>'s week.</summary>
    public int SchoolTimeAtOrAfter(DateOnly date)
    {
        if (SchoolTime(date) is { } time)
        {
            return time;
        }

        var monday = MondayOf(date).AddDays(7);
        while (SchoolWeekOrdinal(monday) is null && monday <= RangeEnd)
        {
            monday = monday.AddDays(7);
        }

        return SchoolWeekOrdinal(monday) is { } ordinal ? ordinal * 7 : int.MaxValue;
    }

    /// <summary>The date at a school time (inverse of <see cref="SchoolTime"/>); clamps below the range.</summary>
    public DateOnly DateAtSchoolTime(int schoolTime)
    {
        if (schoolTime < 0)
        {
            return RangeStart;
        }

        var ordinal = schoolTime / 7;
        return ordinal >= mondayByOrdinal.Count ? RangeEnd : mondayByOrdinal[ordinal].AddDays(schoolTime % 7);
    }

    /// <summary>The earliest date inside a rolling window of <paramref name="weeks"/> school weeks ending on <paramref name="date"/>.</summary>
    public DateOnly WindowStart(DateOnly date, int weeks) =>
        DateAtSchoolTime(SchoolTimeAtOrAfter(date) - (weeks * 7) + 1);

    /// <summary>The previous school day before <paramref name="date"/> (at most a year back), or null.</summary>
    public DateOnly? PreviousSchoolDay(DateOnly date)
    {
        if (date <= RangeStart || date > RangeEnd)
        {
            return null;
        }

        for (var day = date.AddDays(-1); day > date.AddDays(-370) && day >= RangeStart; day = day.AddDays(-1))
        {
            if (IsSchoolDay(day))
            {
                return day;
            }
        }

        return null;
    }

    private bool IsSchoolDayBySets(DateOnly date) => !IsWeekend(date) && !closedDays.Contains(date) && HasCalendarFor(date);

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-DayIndex(date));

    private static int DayIndex(DateOnly date) => ((int)date.DayOfWeek + 6) % 7;
}
