namespace IntegrationHub.Domain.Calendar;

/// <summary>
/// The national public holidays on which schools are closed, computed (never hard-coded):
/// Nieuwjaarsdag, Eerste en Tweede Paasdag, Koningsdag (27 April, 26 April when the 27th is a Sunday),
/// Bevrijdingsdag (5 May, in lustrum years only), Hemelvaartsdag, Eerste en Tweede Pinksterdag,
/// Eerste en Tweede Kerstdag. Goede Vrijdag is not a national day off; a school that closes registers it
/// as a day off in its <see cref="SchoolCalendarOverride"/>.
/// </summary>
public static class PublicHolidays
{
    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    public static DateOnly Koningsdag(int year)
    {
        var date = new DateOnly(year, 4, 27);
        return date.DayOfWeek == DayOfWeek.Sunday ? date.AddDays(-1) : date;
    }

    public static IReadOnlyList<Holiday> ForYear(int year)
    {
        var easter = EasterSunday(year);
        var list = new List<Holiday>
        {
            Day("Nieuwjaarsdag", new DateOnly(year, 1, 1)),
            Day("Eerste Paasdag", easter),
            Day("Tweede Paasdag", easter.AddDays(1)),
            Day("Koningsdag", Koningsdag(year)),
            Day("Hemelvaartsdag", easter.AddDays(39)),
            Day("Eerste Pinksterdag", easter.AddDays(49)),
            Day("Tweede Pinksterdag", easter.AddDays(50)),
            Day("Eerste Kerstdag", new DateOnly(year, 12, 25)),
            Day("Tweede Kerstdag", new DateOnly(year, 12, 26)),
        };
        if (year % 5 == 0)
        {
            list.Add(Day("Bevrijdingsdag", new DateOnly(year, 5, 5)));
        }

        return list.OrderBy(h => h.From).ToList();
    }

    public static bool IsPublicHoliday(DateOnly date) => ForYear(date.Year).Any(h => h.From == date);

    private static Holiday Day(string name, DateOnly date) => new(name, date, date);
}
