using IntegrationHub.Application.Retention;

namespace IntegrationHub.Application.Tests.Retention;

public class DailyScheduleTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Theory]
    [InlineData("2031-01-10T12:00:00Z", "2031-01-11T02:30:00Z")] // winter: 03:30 local is 02:30 UTC, the next day
    [InlineData("2031-01-11T02:29:59Z", "2031-01-11T02:30:00Z")]
    [InlineData("2031-01-11T02:30:00Z", "2031-01-12T02:30:00Z")] // exactly at the time: the next run is tomorrow
    [InlineData("2031-07-01T00:00:00Z", "2031-07-01T01:30:00Z")] // summer: 03:30 local is 01:30 UTC
    public void Should_run_at_the_set_local_time_when_the_next_run_is_asked(string now, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), DailySchedule.Next(DateTimeOffset.Parse(now), new TimeOnly(3, 30), Amsterdam));
    }

    [Fact]
    public void Should_run_an_hour_later_when_the_set_time_does_not_exist_on_the_day_summer_time_starts()
    {
        // 30 March 2031: clocks go from 02:00 to 03:00, so 02:30 local does not exist; 03:30 CEST is 01:30 UTC.
        Assert.Equal(
            DateTimeOffset.Parse("2031-03-30T01:30:00Z"),
            DailySchedule.Next(DateTimeOffset.Parse("2031-03-29T12:00:00Z"), new TimeOnly(2, 30), Amsterdam));
    }
}
