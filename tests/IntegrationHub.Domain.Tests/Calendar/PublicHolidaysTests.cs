using IntegrationHub.Domain.Calendar;

namespace IntegrationHub.Domain.Tests.Calendar;

public class PublicHolidaysTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2030, "2030-04-21")]
    public void Should_compute_easter_sunday_when_given_a_year(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PublicHolidays.EasterSunday(year));

    [Theory]
    [InlineData("2026-04-06", "Tweede Paasdag")]
    [InlineData("2026-04-27", "Koningsdag")]
    [InlineData("2026-05-14", "Hemelvaartsdag")]
    [InlineData("2026-05-25", "Tweede Pinksterdag")]
    [InlineData("2025-12-25", "Eerste Kerstdag")]
    [InlineData("2027-01-01", "Nieuwjaarsdag")]
    [InlineData("2030-05-05", "Bevrijdingsdag")]
    [InlineData("2025-04-26", "Koningsdag")]
    public void Should_list_the_holiday_when_it_falls_on_that_date(string date, string name)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(PublicHolidays.ForYear(day.Year), h => h.From == day && h.Name == name);
    }

    [Fact]
    public void Should_not_list_bevrijdingsdag_when_the_year_is_not_a_lustrum() =>
        Assert.DoesNotContain(PublicHolidays.ForYear(2026), h => h.Name == "Bevrijdingsdag");
}
