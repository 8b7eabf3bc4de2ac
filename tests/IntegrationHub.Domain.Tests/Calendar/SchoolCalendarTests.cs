using IntegrationHub.Domain.Calendar;
using static IntegrationHub.Domain.Tests.Support.Scenario;

namespace IntegrationHub.Domain.Tests.Calendar;

public class SchoolCalendarTests
{
    [Theory]
    [InlineData(SchoolRegion.Midden, "2025-10-20", false)]
    [InlineData(SchoolRegion.Zuid, "2025-10-20", true)]
    [InlineData(SchoolRegion.Zuid, "2025-10-13", false)]
    [InlineData(SchoolRegion.Noord, "2026-02-16", true)]
    [InlineData(SchoolRegion.Noord, "2026-02-23", false)]
    [InlineData(SchoolRegion.Midden, "2026-02-16", false)]
    [InlineData(SchoolRegion.Noord, "2026-07-06", false)]
    [InlineData(SchoolRegion.Midden, "2026-07-06", true)]
    [InlineData(SchoolRegion.Midden, "2025-12-29", false)]
    [InlineData(SchoolRegion.Midden, "2026-05-14", false)]
    [InlineData(SchoolRegion.Midden, "2026-05-15", true)]
    [InlineData(SchoolRegion.Midden, "2025-09-06", false)]
    [InlineData(SchoolRegion.Noord, "2026-10-12", false)]
    [InlineData(SchoolRegion.Midden, "2026-10-12", true)]
    public void Should_know_school_days_when_regions_differ(SchoolRegion region, string date, bool expected) =>
        Assert.Equal(expected, SchoolCalendar.Create(region).IsSchoolDay(D(date)));

    [Theory]
    [InlineData(SchoolRegion.Noord, "2027-10-18", false)]
    [InlineData(SchoolRegion.Midden, "2027-10-22", false)]
    [InlineData(SchoolRegion.Zuid, "2027-10-18", true)]
    [InlineData(SchoolRegion.Zuid, "2027-10-29", false)]
    [InlineData(SchoolRegion.Midden, "2027-12-24", true)]
    [InlineData(SchoolRegion.Midden, "2027-12-27", false)]
    [InlineData(SchoolRegion.Zuid, "2028-01-07", false)]
    [InlineData(SchoolRegion.Noord, "2028-01-10", true)]
    [InlineData(SchoolRegion.Noord, "2028-02-21", false)]
    [InlineData(SchoolRegion.Midden, "2028-02-21", true)]
    [InlineData(SchoolRegion.Midden, "2028-03-03", false)]
    [InlineData(SchoolRegion.Zuid, "2028-02-28", false)]
    [InlineData(SchoolRegion.Noord, "2028-05-02", false)]
    [InlineData(SchoolRegion.Midden, "2028-05-08", true)]
    [InlineData(SchoolRegion.Midden, "2028-07-10", false)]
    [InlineData(SchoolRegion.Noord, "2028-07-10", true)]
    [InlineData(SchoolRegion.Noord, "2028-07-17", false)]
    [InlineData(SchoolRegion.Midden, "2028-07-31", false)]
    [InlineData(SchoolRegion.Zuid, "2028-07-21", true)]
    [InlineData(SchoolRegion.Zuid, "2028-07-24", false)]
    public void Should_know_the_2027_2028_holidays_when_the_national_table_is_used(SchoolRegion region, string date, bool expected)
    {
        // domain.md section 10: rijksoverheid schoolvakanties 2027-2028.
        var calendar = SchoolCalendar.Create(region);
        Assert.True(calendar.HasCalendarFor(D(date)));
        Assert.Equal(expected, calendar.IsSchoolDay(D(date)));
    }

    [Fact]
    public void Should_have_no_school_days_when_a_school_year_has_no_calendar()
    {
        // domain.md section 10: a school year with no calendar at all is an error the operator sees, never "every
        // weekday is a school day".
        var calendar = SchoolCalendar.Create(SchoolRegion.Midden);
        Assert.False(calendar.HasCalendarFor(D("2030-10-01")));
        Assert.False(calendar.IsSchoolDay(D("2030-10-01")));
        Assert.Null(calendar.SchoolWeekOrdinal(D("2030-10-01")));
        Assert.Equal(["2030-2031"], calendar.SchoolYearsWithoutCalendar(D("2030-10-01"), D("2030-10-01")));
        Assert.True(calendar.IsWorkingDay(D("2030-10-01")));

        // The school year runs 1 August to 31 July (Leerplichtwet art. 1): the first school day after the summer of
        // 2028 (Midden, 21 August) belongs to 2028-2029, which the national table does not have yet.
        Assert.False(calendar.HasCalendarFor(D("2028-08-21")));
        Assert.False(calendar.IsSchoolDay(D("2028-08-21")));
    }

    [Fact]
    public void Should_give_a_school_year_a_calendar_when_the_school_supplies_its_own_holidays()
    {
        var calendar = SchoolCalendar.Create(
            SchoolRegion.Midden,
            [new SchoolCalendarOverride("12AB", "00", "2030-2031", "midden", [new Holiday("Herfst", D("2030-10-19"), D("2030-10-27"))], [])]);
        Assert.True(calendar.HasCalendarFor(D("2030-10-01")));
        Assert.True(calendar.IsSchoolDay(D("2030-10-01")));
        Assert.False(calendar.IsSchoolDay(D("2030-10-21")));
    }

    [Fact]
    public void Should_use_the_schools_own_calendar_instead_of_the_national_table_when_both_exist()
    {
        // domain.md section 10: herfst and voorjaar are advisory, so a school's own calendar wins; the national table is
        // only the fallback. The school takes its herfstvakantie a week early in 2027.
        var calendar = SchoolCalendar.Create(
            SchoolRegion.Midden,
            [new SchoolCalendarOverride("12AB", "00", "2027-2028", "midden", [new Holiday("Herfst", D("2027-10-09"), D("2027-10-17"))], [])]);
        Assert.False(calendar.IsSchoolDay(D("2027-10-11")));
        Assert.True(calendar.IsSchoolDay(D("2027-10-18")));
        Assert.True(SchoolCalendar.Create(SchoolRegion.Midden).IsSchoolDay(D("2027-10-11")));
    }

    [Fact]
    public void Should_skip_a_holiday_week_when_numbering_school_weeks()
    {
        var calendar = SchoolCalendar.Create(SchoolRegion.Midden);
        var beforeHoliday = calendar.SchoolWeekOrdinal(D("2025-10-13"));
        Assert.Null(calendar.SchoolWeekOrdinal(D("2025-10-20")));
        Assert.Equal(beforeHoliday + 1, calendar.SchoolWeekOrdinal(D("2025-10-27")));
    }

    [Fact]
    public void Should_count_a_week_with_a_public_holiday_as_a_school_week_when_it_has_school_days()
    {
        var calendar = SchoolCalendar.Create(SchoolRegion.Midden);
        Assert.NotNull(calendar.SchoolWeekOrdinal(D("2026-05-14")));
    }

    [Fact]
    public void Should_close_the_school_when_it_has_its_own_day_off()
    {
        var dayOff = D("2025-11-24");
        var calendar = SchoolCalendar.Create(
            SchoolRegion.Midden,
            [new SchoolCalendarOverride("12AB", "00", "2025-2026", "midden", null, [dayOff])]);
        Assert.False(calendar.IsSchoolDay(dayOff));
        Assert.True(calendar.IsSchoolDay(dayOff.AddDays(1)));
    }

    [Fact]
    public void Should_use_the_schools_own_holidays_when_the_override_has_them()
    {
        var calendar = SchoolCalendar.Create(
            SchoolRegion.Midden,
            [new SchoolCalendarOverride("12AB", "00", "2025-2026", "midden", [new Holiday("Herfst", D("2025-10-11"), D("2025-10-19"))], [])]);
        Assert.False(calendar.IsSchoolDay(D("2025-10-13")));
        Assert.True(calendar.IsSchoolDay(D("2025-10-20")));
    }

    [Theory]
    [InlineData("2025-12-19", 5, "2025-12-30")]
    [InlineData("2026-05-13", 5, "2026-05-21")]
    [InlineData("2025-09-03", 5, "2025-09-10")]
    public void Should_skip_weekends_and_public_holidays_when_adding_working_days(string from, int days, string expected) =>
        Assert.Equal(D(expected), SchoolCalendar.Create(SchoolRegion.Midden).AddWorkingDays(D(from), days));

    [Fact]
    public void Should_answer_every_day_from_1999_to_2052_as_the_definition_says_when_the_answers_are_kept_by_day_number()
    {
        var dayOff = D("2025-11-24");
        var ownAutumn = new Holiday("Herfst", D("2027-10-09"), D("2027-10-24"));
        var calendar = SchoolCalendar.Create(
            SchoolRegion.Noord,
            [new SchoolCalendarOverride("12AB", "00", "2025-2026", "noord", null, [dayOff]),
             new SchoolCalendarOverride("12AB", "00", "2027-2028", "noord", [ownAutumn], [])]);

        // The definition, computed here from its parts: a weekday in a school year with a calendar, outside every
        // holiday of the tables (the school's own for 2027-2028, else the national table; a summer holiday reaches
        // into the next school year), not a public holiday nor the school's day off.
        IReadOnlyList<Holiday> HolidaysOf(int year) =>
            year == 2027 ? [ownAutumn] : NationalSchoolHolidays.For(SchoolRegion.Noord, FormattableString.Invariant($"{year}-{year + 1}"));
        bool Defined(DateOnly day)
        {
            var year = SchoolYear.StartYearOf(day);
            return !SchoolCalendar.IsWeekend(day) && day != dayOff && HolidaysOf(year).Count > 0
                && !HolidaysOf(year).Concat(HolidaysOf(year - 1)).Any(h => h.From <= day && day <= h.To)
                && !PublicHolidays.ForYear(day.Year).Any(h => h.From == day);
        }

        int? expectedOrdinal = null;
        var ordinals = 0;
        for (var day = new DateOnly(1999, 12, 27); day <= SchoolCalendar.LastSupportedDate; day = day.AddDays(1))
        {
            if (day.DayOfWeek == DayOfWeek.Monday)
            {
                var schoolWeek = day >= new DateOnly(2000, 1, 3) && Enumerable.Range(0, 5).Any(i => Defined(day.AddDays(i)));
                expectedOrdinal = schoolWeek ? ordinals++ : null;
            }

            Assert.True(Defined(day) == calendar.IsSchoolDay(day), $"IsSchoolDay({day:yyyy-MM-dd})");
            Assert.True(expectedOrdinal == calendar.SchoolWeekOrdinal(day), $"SchoolWeekOrdinal({day:yyyy-MM-dd}): {calendar.SchoolWeekOrdinal(day)}, expected {expectedOrdinal}");
        }

        Assert.Null(calendar.SchoolWeekOrdinal(SchoolCalendar.LastSupportedDate.AddDays(3))); // past the numbered range
    }
}
