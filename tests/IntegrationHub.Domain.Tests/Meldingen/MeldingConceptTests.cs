using IntegrationHub.Domain.Meldingen;
using static IntegrationHub.Domain.Tests.Meldingen.Desk;

namespace IntegrationHub.Domain.Tests.Meldingen;

public class MeldingConceptTests
{
    [Fact]
    public void Should_open_one_concept_when_a_partner_bound_finding_is_raised()
    {
        var book = new MeldingBook();
        var finding = Sixteen();

        var first = MeldingDesk.Reconcile(book, [finding], Mandate(), Raised);
        var again = MeldingDesk.Reconcile(book, [finding], Mandate(), Raised.AddHours(1));

        var melding = Assert.Single(book.Meldingen);
        Assert.Equal(MeldingState.Concept, melding.State);
        Assert.Equal(MeldingIds.For(School, finding.SignalId), melding.MeldingId);
        Assert.Equal(finding.SignalId, melding.FindingId);
        Assert.Empty(first.Effects);
        Assert.Empty(again.Effects);
        Assert.Equal(Settles, first.NextDueAt);
        Assert.Equal(Settles, melding.SettlesAt);
    }

    [Fact]
    public void Should_open_no_melding_when_the_finding_is_for_the_school_only()
    {
        var book = new MeldingBook();

        var outcome = MeldingDesk.Reconcile(book, [SchoolOnly()], Mandate(), Raised);

        Assert.Empty(book.Meldingen);
        Assert.Empty(outcome.Effects);
        Assert.Null(outcome.NextDueAt);
    }

    [Fact]
    public void Should_follow_the_finding_and_restart_the_settle_wait_when_a_concept_finding_changes()
    {
        var book = new MeldingBook();
        MeldingDesk.Reconcile(book, [Sixteen()], Mandate(), Raised);
        var changedAt = new DateTimeOffset(2025, 10, 6, 12, 0, 0, TimeSpan.Zero);

        var outcome = MeldingDesk.Reconcile(book, [Sixteen(hours: 18)], Mandate(), changedAt);

        var melding = Assert.Single(book.Meldingen);
        Assert.Equal(18m, melding.VerzuimUren);
        Assert.Equal(18, melding.RegistrationIds.Count);
        Assert.Equal(changedAt, melding.ContentChangedAt);
        Assert.Equal(changedAt.AddHours(24), melding.SettlesAt);
        Assert.Equal(changedAt.AddHours(24), outcome.NextDueAt);
        Assert.Contains(melding, outcome.Changed);
    }

    [Fact]
    public void Should_keep_the_change_time_when_the_same_finding_is_reconciled_again()
    {
        var book = new MeldingBook();
        MeldingDesk.Reconcile(book, [Sixteen()], Mandate(), Raised);

        var outcome = MeldingDesk.Reconcile(book, [Sixteen()], Mandate(), Raised.AddHours(5));

        Assert.Equal(Raised, Assert.Single(book.Meldingen).ContentChangedAt);
        Assert.Empty(outcome.Changed);
    }

    [Fact]
    public void Should_let_the_concept_lapse_without_telling_the_partner_when_its_finding_disappears()
    {
        var book = new MeldingBook();
        MeldingDesk.Reconcile(book, [Sixteen()], Mandate(), Raised);

        var outcome = MeldingDesk.Reconcile(book, [], Mandate(), Raised.AddHours(2), new Dictionary<string, string> { [Sixteen().SignalId] = "gecorrigeerd" });
        var later = MeldingDesk.Reconcile(book, [], Mandate(), Settles.AddDays(3));

        var melding = Assert.Single(book.Meldingen);
        Assert.Equal(MeldingState.Vervallen, melding.State);
        Assert.Equal("gecorrigeerd", melding.ClosedReason);
        Assert.Equal("vervallen", Assert.IsType<MeldingNoted>(Assert.Single(outcome.Effects)).Note);
        Assert.Empty(later.Effects);
        Assert.Null(later.NextDueAt);
    }

    [Fact]
    public void Should_not_make_the_melding_when_the_concept_has_not_settled_yet()
    {
        var (book, outcome) = RaisedThenAt(Sixteen(), Mandate(), Settles.AddTicks(-1));

        Assert.Equal(MeldingState.Concept, Assert.Single(book.Meldingen).State);
        Assert.Empty(outcome.Effects);
        Assert.Equal(Settles, outcome.NextDueAt);
    }
}
