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
}
