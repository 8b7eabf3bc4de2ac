using IntegrationHub.Application.Duo.Status;
using IntegrationHub.Contracts.V1;

namespace IntegrationHub.Application.Tests.Duo.Status;

public sealed class OverdueMeldingenTests
{
    private static readonly DateTimeOffset RegisteredAt = new(2027, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid MessageId = Guid.Parse("0195c8a0-0000-7000-8000-0000000000ff");

    [Fact]
    public void Should_not_be_overdue_before_the_term_and_be_overdue_from_the_term_on()
    {
        var melding = Candidate();

        Assert.Null(OverdueMeldingen.Decide(melding, RegisteredAt.AddDays(14).AddSeconds(-1), 14, MessageId));
        var notice = OverdueMeldingen.Decide(melding, RegisteredAt.AddDays(14), 14, MessageId)!;

        var overdue = Assert.IsType<PartnerStatusOverdue>(notice.Feedback.Message);
        Assert.Equal(("M1000", "LVS-1001", 14, RegisteredAt, RegisteredAt.AddDays(14)),
            (overdue.Meldingsnummer, overdue.LvsPupilKey, overdue.TermDays, overdue.RegisteredAt, overdue.OverdueSince));
        Assert.Equal(new PartnerRef { OrganisationId = "rbl-eem-en-vallei", Kind = "rmc" }, overdue.Organisation);
        Assert.Equal(("12AB", MessageId), (notice.Feedback.Brin, notice.Feedback.MessageId));
    }

    [Fact]
    public void Should_not_notify_again_when_the_melding_was_notified_before()
    {
        Assert.Null(OverdueMeldingen.Decide(Candidate() with { OverdueNotifiedAt = RegisteredAt.AddDays(14) }, RegisteredAt.AddDays(40), 14, MessageId));
    }

    [Theory]
    [InlineData("B")]
    [InlineData("G")]
    [InlineData("I")]
    public void Should_not_be_overdue_when_a_later_status_came_back_from_duo(string status)
    {
        Assert.Null(OverdueMeldingen.Decide(Candidate() with { Status = status }, RegisteredAt.AddDays(40), 14, MessageId));
    }

    [Fact]
    public void Should_name_no_organisation_when_the_hub_did_not_route_the_melding()
    {
        var notice = OverdueMeldingen.Decide(Candidate() with { OrganisationId = null, PartnerKind = null }, RegisteredAt.AddDays(15), 14, MessageId)!;

        Assert.Null(Assert.IsType<PartnerStatusOverdue>(notice.Feedback.Message).Organisation);
    }

    private static OverdueCandidate Candidate() =>
        new(Guid.Parse("0195c8a0-0000-7000-8000-000000000001"), "M1000", "12AB", "00", "LVS-1001", RegisteredAt, "R", null, "rbl-eem-en-vallei", "rmc");
}
