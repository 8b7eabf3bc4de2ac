using IntegrationHub.Domain.Meldingen;
using static IntegrationHub.Domain.Tests.Meldingen.Desk;

namespace IntegrationHub.Domain.Tests.Meldingen;

/// <summary>A made melding is never withdrawn by a correction: the school is asked, and only its own answer withdraws.</summary>
public class MeldingCorrectionTests
{
    private static readonly DateTimeOffset Corrected = Settles.AddDays(2);

    [Fact]
    public void Should_ask_the_school_once_and_keep_the_melding_when_the_finding_of_a_made_melding_disappears()
    {
        var book = Made(Sixteen());
        var reasons = new Dictionary<string, string> { [Sixteen().SignalId] = "Twee lessen gecorrigeerd naar overmacht." };

        var outcome = MeldingDesk.Reconcile(book, [], Mandate(), Corrected, reasons);
        var later = MeldingDesk.Reconcile(book, [], Mandate(), Corrected.AddDays(1));
        var muchLater = MeldingDesk.Reconcile(book, [], Mandate(), Corrected.AddDays(60));

        var question = Assert.IsType<DecisionRequired>(Assert.Single(outcome.Effects));
        Assert.Equal("Twee lessen gecorrigeerd naar overmacht.", question.Correction);
        var melding = Assert.Single(book.Meldingen);
        Assert.Equal(MeldingState.Gereed, melding.State);
        Assert.Equal(Corrected, melding.DecisionRequestedAt);
        Assert.Empty(later.Effects);
        Assert.Empty(muchLater.Effects);
        Assert.DoesNotContain(outcome.Effects.Concat(later.Effects), e => e is MeldingWithdrawn);
    }

    [Fact]
    public void Should_withdraw_with_the_schools_reason_when_the_school_withdraws_a_made_melding()
    {
        var book = Made(Sixteen());
        var melding = Assert.Single(book.Meldingen);
        MeldingDesk.Reconcile(book, [], Mandate(), Corrected);

        var outcome = MeldingDesk.Decide(book, melding.MeldingId, SchoolDecision.Intrekken, "  Ziekmelding kwam later binnen. ", null, Mandate(), Corrected.AddHours(2));

        var withdrawn = Assert.IsType<MeldingWithdrawn>(Assert.Single(outcome.Effects));
        Assert.Equal("Ziekmelding kwam later binnen.", withdrawn.Reason);
        Assert.Equal(MeldingState.Ingetrokken, melding.State);
        Assert.Equal("Ziekmelding kwam later binnen.", melding.ClosedReason);
    }

    [Fact]
    public void Should_record_when_it_was_kept_when_the_school_keeps_a_questioned_melding()
    {
        var book = Made(Sixteen());
        var melding = Assert.Single(book.Meldingen);
        MeldingDesk.Reconcile(book, [], Mandate(), Corrected);
        var keptAt = Corrected.AddHours(4);

        var outcome = MeldingDesk.Decide(book, melding.MeldingId, SchoolDecision.Handhaven, null, null, Mandate(), keptAt);
        var later = MeldingDesk.Reconcile(book, [], Mandate(), keptAt.AddDays(1));

        Assert.Equal("gehandhaafd", Assert.IsType<MeldingNoted>(Assert.Single(outcome.Effects)).Note);
        Assert.Equal(keptAt, melding.KeptAt);
        Assert.Null(melding.DecisionRequestedAt);
        Assert.Equal(MeldingState.Gereed, melding.State);
        Assert.Empty(later.Effects);
    }

    [Fact]
    public void Should_refuse_to_keep_when_no_question_was_put_to_the_school()
    {
        var book = Made(Sixteen());
        var melding = Assert.Single(book.Meldingen);

        var outcome = MeldingDesk.Decide(book, melding.MeldingId, SchoolDecision.Handhaven, null, null, Mandate(), Corrected);

        var refused = Assert.IsType<DecisionRefused>(Assert.Single(outcome.Effects));
        Assert.Equal(SchoolDecision.Handhaven, refused.Decision);
        Assert.Null(melding.KeptAt);
    }

    [Fact]
    public void Should_refuse_an_approval_when_the_melding_was_already_made()
    {
        var book = Made(Sixteen());
        var melding = Assert.Single(book.Meldingen);

        var outcome = MeldingDesk.Decide(book, melding.MeldingId, SchoolDecision.Akkoord, null, null, Mandate(), Corrected);

        Assert.IsType<DecisionRefused>(Assert.Single(outcome.Effects));
        Assert.Equal(MeldingState.Gereed, melding.State);
    }

    [Fact]
    public void Should_refuse_a_withdrawal_when_the_melding_is_already_withdrawn()
    {
        var book = Made(Sixteen());
        var melding = Assert.Single(book.Meldingen);
        MeldingDesk.Decide(book, melding.MeldingId, SchoolDecision.Intrekken, "fout", null, Mandate(), Corrected);

        var outcome = MeldingDesk.Decide(book, melding.MeldingId, SchoolDecision.Intrekken, "nog eens", null, Mandate(), Corrected.AddHours(1));

        Assert.IsType<DecisionRefused>(Assert.Single(outcome.Effects));
        Assert.Equal("fout", melding.ClosedReason);
    }

    [Fact]
    public void Should_refuse_a_decision_when_the_melding_is_unknown()
    {
        var unknown = Guid.NewGuid();

        var outcome = MeldingDesk.Decide(new MeldingBook(), unknown, SchoolDecision.Intrekken, "x", null, Mandate(), Corrected);

        var refused = Assert.IsType<DecisionRefused>(Assert.Single(outcome.Effects));
        Assert.Equal(unknown, refused.MeldingId);
        Assert.Null(refused.Melding);
    }
}
