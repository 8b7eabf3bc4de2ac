using System.Globalization;
using IntegrationHub.Domain.Privacy;

namespace IntegrationHub.Domain.Tests.Privacy;

public class ConsentRulesTests
{
    private static readonly DateOnly Born = new(2014, 5, 10);

    [Theory]
    [InlineData("2014-05-10", ConsentGiver.Parents)]
    [InlineData("2026-05-09", ConsentGiver.Parents)]
    [InlineData("2026-05-10", ConsentGiver.ParentsAndPupil)]
    [InlineData("2030-05-09", ConsentGiver.ParentsAndPupil)]
    [InlineData("2030-05-10", ConsentGiver.Pupil)]
    [InlineData("2033-01-01", ConsentGiver.Pupil)]
    public void Should_require_the_wgbo_giver_for_the_age_on_the_day_when_the_birthday_is_crossed(string on, ConsentGiver expected) =>
        Assert.Equal(expected, ConsentRules.RequiredGiver(Born, D(on)));

    [Theory]
    [InlineData(ConsentGiver.Parents, ConsentGiver.Parents, true)]
    [InlineData(ConsentGiver.ParentsAndPupil, ConsentGiver.Parents, true)]
    [InlineData(ConsentGiver.Pupil, ConsentGiver.Parents, false)]
    [InlineData(ConsentGiver.Parents, ConsentGiver.ParentsAndPupil, false)]
    [InlineData(ConsentGiver.Pupil, ConsentGiver.ParentsAndPupil, false)]
    [InlineData(ConsentGiver.ParentsAndPupil, ConsentGiver.ParentsAndPupil, true)]
    [InlineData(ConsentGiver.Parents, ConsentGiver.Pupil, false)]
    [InlineData(ConsentGiver.ParentsAndPupil, ConsentGiver.Pupil, true)]
    [InlineData(ConsentGiver.Pupil, ConsentGiver.Pupil, true)]
    public void Should_cover_only_when_everyone_who_must_consent_gave_it(ConsentGiver givenBy, ConsentGiver required, bool expected) =>
        Assert.Equal(expected, ConsentRules.Covers(givenBy, required));

    [Theory]
    [InlineData("2026-05-09", true)]
    [InlineData("2026-05-10", false)]
    public void Should_stop_covering_a_parents_only_consent_when_the_pupil_turns_12(string on, bool expected) =>
        Assert.Equal(expected, ConsentRules.Covers(ConsentGiver.Parents, Born, D(on)));

    [Theory]
    [InlineData("2030-05-09", false)]
    [InlineData("2030-05-10", true)]
    public void Should_cover_a_pupils_own_consent_only_from_the_16th_birthday(string on, bool expected) =>
        Assert.Equal(expected, ConsentRules.Covers(ConsentGiver.Pupil, Born, D(on)));

    [Theory]
    [InlineData(ConsentGiver.Parents, false)]
    [InlineData(ConsentGiver.Pupil, false)]
    [InlineData(ConsentGiver.ParentsAndPupil, true)]
    public void Should_cover_only_with_parents_and_pupil_when_the_birth_date_is_unknown(ConsentGiver givenBy, bool expected) =>
        Assert.Equal(expected, ConsentRules.Covers(givenBy, null, D("2026-01-01")));

    [Theory]
    [InlineData("parents", ConsentGiver.Parents)]
    [InlineData("parents-and-pupil", ConsentGiver.ParentsAndPupil)]
    [InlineData("pupil", ConsentGiver.Pupil)]
    [InlineData("guardian", null)]
    [InlineData(null, null)]
    public void Should_read_the_recorded_given_by_code_when_it_is_a_wgbo_giver(string? code, ConsentGiver? expected) =>
        Assert.Equal(expected, ConsentRules.GiverOf(code));

    private static DateOnly D(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
