using IntegrationHub.Application.Partners;

namespace IntegrationHub.Application.Tests.Partners;

public sealed class PartnerSenderTests
{
    [Fact]
    public void Should_name_the_organisation_when_its_user_published_on_its_own_exchange() =>
        Assert.Equal("rbl-eem-en-vallei", PartnerSender.Identify("partner-rbl-eem-en-vallei", "partner.rbl-eem-en-vallei.in"));

    [Theory]
    [InlineData(null, "partner.rbl-eem-en-vallei.in")]
    [InlineData("partner-rbl-utrecht-zuid", "partner.rbl-eem-en-vallei.in")]
    [InlineData("lvs-12AB", "partner.rbl-eem-en-vallei.in")]
    [InlineData("hub", "partner.rbl-eem-en-vallei.in")]
    [InlineData("partner-rbl-eem-en-vallei", "")]
    [InlineData("partner-rbl-eem-en-vallei", "school.12AB.in")]
    [InlineData("partner-RBL", "partner.RBL.in")]
    [InlineData("partner-", "partner..in")]
    public void Should_name_no_one_when_no_partner_user_vouches_for_the_exchange(string? userId, string exchange) =>
        Assert.Null(PartnerSender.Identify(userId, exchange));
}
