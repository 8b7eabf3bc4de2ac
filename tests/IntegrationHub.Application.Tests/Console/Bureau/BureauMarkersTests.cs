using IntegrationHub.Application.Console.Bureau;

namespace IntegrationHub.Application.Tests.Console.Bureau;

public sealed class BureauMarkersTests
{
    private static readonly DateTimeOffset Now = new(2027, 11, 15, 10, 0, 0, TimeSpan.Zero);

    private static BureauInboxItem Item(string? duoStatus = "R", string? lastStatus = null, string state = "gereed", int registeredDaysAgo = 3) =>
        new(Guid.CreateVersion7(), "M-1", "12AB", "00", "melding-16-uur", new DateOnly(2027, 9, 7), null, state, Now.AddDays(-registeredDaysAgo),
            duoStatus, duoStatus is null or "wachtend" ? null : Now.AddDays(-registeredDaysAgo), lastStatus, lastStatus is null ? null : Now);

    [Theory]
    [InlineData("G")]
    [InlineData("K")]
    [InlineData("I")]
    [InlineData("geweigerd")]
    public void Should_not_be_open_when_duos_register_holds_a_final_status(string duoStatus) =>
        Assert.False(BureauMarkers.IsOpen(Item(duoStatus)));

    [Fact]
    public void Should_be_open_but_not_new_when_the_bureau_set_in_behandeling() =>
        Assert.Equal((true, false), (BureauMarkers.IsOpen(Item(lastStatus: "in-behandeling")), BureauMarkers.IsNew(Item(lastStatus: "in-behandeling"))));

    [Fact]
    public void Should_not_be_open_when_the_school_withdrew_the_melding() =>
        Assert.False(BureauMarkers.IsOpen(Item(state: "ingetrokken")));

    [Fact]
    public void Should_be_overdue_only_past_the_term_and_while_nothing_was_set()
    {
        Assert.True(BureauMarkers.IsOverdue(Item(registeredDaysAgo: 15), Now, 14));
        Assert.False(BureauMarkers.IsOverdue(Item(registeredDaysAgo: 13), Now, 14));
        Assert.False(BureauMarkers.IsOverdue(Item(registeredDaysAgo: 15, lastStatus: "in-behandeling"), Now, 14));
        Assert.False(BureauMarkers.IsOverdue(Item(duoStatus: "B", registeredDaysAgo: 15), Now, 14));
    }

    [Fact]
    public void Should_have_no_due_day_when_duo_has_not_registered_the_melding() =>
        Assert.Null(BureauMarkers.DueOn(Item(duoStatus: "wachtend"), 14));
}
