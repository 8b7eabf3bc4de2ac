using IntegrationHub.Domain.Calendar;

namespace IntegrationHub.Domain.Tests.Calendar;

public class NationalSchoolHolidaysTests
{
    [Theory]
    [InlineData(SchoolRegion.Noord, "2025-2026")]
    [InlineData(SchoolRegion.Midden, "2025-2026")]
    [InlineData(SchoolRegion.Zuid, "2025-2026")]
    [InlineData(SchoolRegion.Noord, "2026-2027")]
    [InlineData(SchoolRegion.Midden, "2026-2027")]
    [InlineData(SchoolRegion.Zuid, "2026-2027")]
    [InlineData(SchoolRegion.Noord, "2027-2028")]
    [InlineData(SchoolRegion.Midden, "2027-2028")]
    [InlineData(SchoolRegion.Zuid, "2027-2028")]
    public void Should_list_five_holidays_from_saturday_to_sunday_when_the_year_is_covered(SchoolRegion region, string year)
    {
        var holidays = NationalSchoolHolidays.For(region, year);
        Assert.Equal(["Herfstvakantie", "Kerstvakantie", "Voorjaarsvakantie", "Meivakantie", "Zomervakantie"], holidays.Select(h => h.Name));
        Assert.All(holidays, h => Assert.Equal(DayOfWeek.Saturday, h.From.DayOfWeek));
        Assert.All(holidays, h => Assert.Equal(DayOfWeek.Sunday, h.To.DayOfWeek));
        Assert.Equal(44, holidays.Single(h => h.Name == "Zomervakantie").To.DayNumber - holidays.Single(h => h.Name == "Zomervakantie").From.DayNumber + 1);
    }

    [Fact]
    public void Should_return_nothing_when_the_school_year_is_not_in_the_table() =>
        Assert.Empty(NationalSchoolHolidays.For(SchoolRegion.Midden, "2030-2031"));
}
