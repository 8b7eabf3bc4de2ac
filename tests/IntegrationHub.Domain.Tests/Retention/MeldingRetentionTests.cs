using IntegrationHub.Domain.Retention;

namespace IntegrationHub.Domain.Tests.Retention;

public class MeldingRetentionTests
{
    [Theory]
    [InlineData("2026-08-01", "2028-07-31")]
    [InlineData("2027-07-31", "2028-07-31")]
    [InlineData("2027-08-01", "2029-07-31")]
    [InlineData("2028-02-29", "2029-07-31")]
    public void Should_keep_a_melding_until_the_end_of_the_next_school_year_when_the_register_term_applies(string melding, string keptUntil)
    {
        Assert.Equal(DateOnly.Parse(keptUntil), MeldingRetention.KeptUntil(DateOnly.Parse(melding), followingSchoolYears: 1));
    }

    [Fact]
    public void Should_keep_a_melding_of_2026_2027_on_31_july_2028_and_purge_it_on_1_august_2028_when_the_term_ends()
    {
        var melding = new DateOnly(2027, 7, 31);

        Assert.False(MeldingRetention.IsPastTerm(melding, new DateOnly(2028, 7, 31), 1));
        Assert.True(MeldingRetention.IsPastTerm(melding, new DateOnly(2028, 8, 1), 1));
    }

    [Theory]
    [InlineData("2028-07-31", "2026-08-01")]
    [InlineData("2028-08-01", "2027-08-01")]
    [InlineData("2027-12-31", "2026-08-01")]
    public void Should_keep_meldingen_from_the_first_day_of_the_previous_school_year_when_today_is_given(string today, string keptFrom)
    {
        Assert.Equal(DateOnly.Parse(keptFrom), MeldingRetention.KeptFrom(DateOnly.Parse(today), followingSchoolYears: 1));
    }

    [Fact]
    public void Should_keep_a_melding_only_for_its_own_school_year_when_no_following_year_is_configured()
    {
        Assert.Equal(new DateOnly(2027, 7, 31), MeldingRetention.KeptUntil(new DateOnly(2026, 9, 8), 0));
        Assert.Equal(new DateOnly(2027, 8, 1), MeldingRetention.KeptFrom(new DateOnly(2027, 8, 1), 0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Should_agree_with_kept_from_when_a_melding_date_is_tested_against_today(int following)
    {
        var start = new DateOnly(2025, 6, 1);
        for (var t = 0; t < 1200; t += 7)
        {
            var today = start.AddDays(t);
            for (var m = -1200; m <= 0; m += 5)
            {
                var melding = today.AddDays(m);
                Assert.Equal(melding < MeldingRetention.KeptFrom(today, following), MeldingRetention.IsPastTerm(melding, today, following));
            }
        }
    }
}
