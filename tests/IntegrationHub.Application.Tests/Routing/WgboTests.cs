using IntegrationHub.Application.Routing;

namespace IntegrationHub.Application.Tests.Routing;

public sealed class WgboTests
{
    private static readonly DateOnly On = new(2026, 10, 5);

    [Theory]
    [InlineData(2014, 10, 6, "parents")] // 11, turns 12 tomorrow
    [InlineData(2014, 10, 5, "parents-and-pupil")] // 12 today
    [InlineData(2010, 10, 6, "parents-and-pupil")] // 15
    [InlineData(2010, 10, 5, "pupil")] // 16 today
    public void Should_require_who_the_wgbo_names_when_the_pupil_has_that_age(int year, int month, int day, string required)
    {
        var born = new DateOnly(year, month, day);

        Assert.Equal(required, Wgbo.Required(Wgbo.AgeOn(born, On)));
        Assert.True(Wgbo.Covers(required, born, On));
    }

    [Fact]
    public void Should_not_accept_the_parents_alone_when_the_pupil_is_twelve()
    {
        Assert.False(Wgbo.Covers("parents", new DateOnly(2014, 1, 1), On));
        Assert.False(Wgbo.Covers("pupil", new DateOnly(2014, 1, 1), On));
    }

    [Fact]
    public void Should_not_accept_the_parents_alone_when_the_pupil_is_sixteen()
    {
        Assert.False(Wgbo.Covers("parents", new DateOnly(2009, 1, 1), On));
    }

    [Fact]
    public void Should_need_both_when_the_birth_date_is_unknown()
    {
        Assert.False(Wgbo.Covers("parents", null, On));
        Assert.True(Wgbo.Covers("parents-and-pupil", null, On));
    }
}
