using IntegrationHub.Application.Retention;

namespace IntegrationHub.Application.Tests.Retention;

public class RetentionCutoffsTests
{
    private static readonly RetentionOptions Options = new();

    [Fact]
    public void Should_put_each_day_term_exactly_its_days_before_the_purge_when_the_defaults_apply()
    {
        var asOf = DateTimeOffset.Parse("2031-01-15T02:30:00Z");

        var cutoffs = RetentionCutoffs.For(asOf, Options);

        Assert.Equal(asOf.AddDays(-730), cutoffs.RawAttendance);
        Assert.Equal(asOf.AddDays(-400), cutoffs.Signals);
        Assert.Equal(asOf.AddDays(-1095), cutoffs.DisclosureLog);
    }

    [Theory]
    [InlineData("2028-07-31T21:59:59Z", "2026-07-31T21:59:59.999999Z")] // still 31 July 2028 in Amsterdam: 2026-2027 is kept
    [InlineData("2028-07-31T22:00:00Z", "2027-07-31T21:59:59.999999Z")] // 1 August 2028 00:00 in Amsterdam: 2026-2027 is past its term
    public void Should_end_the_meldingen_term_at_local_midnight_of_1_august_when_the_school_year_turns(string asOf, string through)
    {
        Assert.Equal(DateTimeOffset.Parse(through), RetentionCutoffs.For(DateTimeOffset.Parse(asOf), Options).Meldingen);
    }

    [Fact]
    public void Should_give_the_melding_its_last_day_in_local_time_when_it_was_sent_late_on_31_july()
    {
        // 31 July 2027 23:30 in Amsterdam (21:30 UTC) is still school year 2026-2027.
        Assert.Equal(new DateOnly(2028, 7, 31), RetentionCutoffs.MeldingKeptUntil(DateTimeOffset.Parse("2027-07-31T21:30:00Z"), Options));
        // 1 August 2027 00:30 in Amsterdam (22:30 UTC on 31 July) belongs to 2027-2028.
        Assert.Equal(new DateOnly(2029, 7, 31), RetentionCutoffs.MeldingKeptUntil(DateTimeOffset.Parse("2027-07-31T22:30:00Z"), Options));
    }
}
