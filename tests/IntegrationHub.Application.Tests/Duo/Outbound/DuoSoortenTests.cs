using IntegrationHub.Application.Duo;
using IntegrationHub.Application.Duo.Outbound;

namespace IntegrationHub.Application.Tests.Duo.Outbound;

public sealed class DuoSoortenTests
{
    [Theory]
    [InlineData("melding-16-uur", "leerplicht", DuoSoort.V3)]
    [InlineData("melding-16-uur", "kwalificatieplicht", DuoSoort.V3)]
    [InlineData("melding-16-uur", "rmc", DuoSoort.V4)]
    [InlineData("langdurig-relatief-verzuim", "leerplicht", DuoSoort.LRV)]
    [InlineData("luxe-verzuim", "leerplicht", DuoSoort.L)]
    [InlineData("rmc-verzuim", "rmc", DuoSoort.RMC)]
    [InlineData("overig-verzuim", "leerplicht", DuoSoort.O)]
    public void Should_give_duos_soort_code_when_mapping_the_kind_of_a_melding(string kind, string regime, DuoSoort expected) =>
        Assert.Equal(expected, DuoSoorten.Of(kind, regime));

    [Theory]
    [InlineData("absoluut-verzuim")]
    [InlineData("voortijdig-schoolverlaten")]
    public void Should_not_go_to_duo_when_the_melding_is_detected_from_duos_own_registers(string kind) => Assert.Null(DuoSoorten.Of(kind, "leerplicht"));

    [Theory]
    [InlineData(DuoSoort.LRV, true)]
    [InlineData(DuoSoort.RMC, true)]
    [InlineData(DuoSoort.V3, false)]
    [InlineData(DuoSoort.V4, false)]
    [InlineData(DuoSoort.L, false)]
    [InlineData(DuoSoort.O, false)]
    public void Should_say_alle_lessen_gemist_only_when_the_rule_counts_whole_days(DuoSoort soort, bool expected) =>
        Assert.Equal(expected, DuoSoorten.AlleLessenGemist(soort));
}
