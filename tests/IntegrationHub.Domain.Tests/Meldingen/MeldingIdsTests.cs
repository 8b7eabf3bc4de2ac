using IntegrationHub.Domain.Events;
using IntegrationHub.Domain.Meldingen;

namespace IntegrationHub.Domain.Tests.Meldingen;

public class MeldingIdsTests
{
    [Fact]
    public void Should_give_the_same_id_when_the_same_school_and_finding_are_given_again()
    {
        Assert.Equal(MeldingIds.For(new SchoolLocation("12AB", "00"), "16u-P1"), MeldingIds.For(new SchoolLocation("12AB", "00"), "16u-P1"));
    }

    [Theory]
    [InlineData("34CD", "00", "16u-P1")]
    [InlineData("12AB", "01", "16u-P1")]
    [InlineData("12AB", "00", "16u-P2")]
    public void Should_give_another_id_when_the_school_location_or_finding_differs(string brin, string vestiging, string finding)
    {
        Assert.NotEqual(MeldingIds.For(new SchoolLocation("12AB", "00"), "16u-P1"), MeldingIds.For(new SchoolLocation(brin, vestiging), finding));
    }

    [Fact]
    public void Should_mark_the_id_as_an_rfc_9562_version_8_uuid_when_it_is_derived()
    {
        var text = MeldingIds.For(new SchoolLocation("12AB", "00"), "16u-P1").ToString();

        Assert.Equal('8', text[14]);
        Assert.Contains(text[19], "89ab");
    }
}
