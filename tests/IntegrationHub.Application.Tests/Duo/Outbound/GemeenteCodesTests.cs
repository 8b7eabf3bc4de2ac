using IntegrationHub.Application.Duo;

namespace IntegrationHub.Application.Tests.Duo.Outbound;

public sealed class GemeenteCodesTests
{
    [Fact]
    public void Should_give_the_four_digits_when_mapping_a_cbs_code_to_duo() => Assert.Equal("0344", GemeenteCodes.ToDuo("GM0344"));

    [Fact]
    public void Should_give_the_cbs_code_when_mapping_duos_four_digits_back() => Assert.Equal("GM0014", GemeenteCodes.FromDuo("0014"));

    [Theory]
    [InlineData("0344")]
    [InlineData("gm0344")]
    [InlineData("GM344")]
    [InlineData("GM03444")]
    [InlineData("GM03A4")]
    [InlineData("")]
    public void Should_refuse_when_the_cbs_code_is_not_gm_and_four_digits(string code)
    {
        Assert.Throws<FormatException>(() => GemeenteCodes.ToDuo(code));
        Assert.False(GemeenteCodes.TryToDuo(code, out _));
    }

    [Theory]
    [InlineData("GM0344")]
    [InlineData("344")]
    [InlineData("03440")]
    [InlineData("03a4")]
    public void Should_refuse_when_the_duo_code_is_not_four_digits(string code)
    {
        Assert.Throws<FormatException>(() => GemeenteCodes.FromDuo(code));
        Assert.False(GemeenteCodes.TryFromDuo(code, out _));
    }
}
