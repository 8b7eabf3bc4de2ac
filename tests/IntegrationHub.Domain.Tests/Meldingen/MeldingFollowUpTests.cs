using IntegrationHub.Domain.Meldingen;
using static IntegrationHub.Domain.Tests.Meldingen.Desk;

namespace IntegrationHub.Domain.Tests.Meldingen;

/// <summary>What may follow a made melding: its einddatum (once, when stable) and vervolgmeldingen; nothing else.</summary>
public class MeldingFollowUpTests
{
    private static readonly DateOnly Back = new(2025, 10, 10);
    private static readonly DateTimeOffset Known = Settles.AddDays(3);

    [Fact]
    public void Should_send_the_einddatum_once_when_it_was_unchanged_for_the_settle_time()
    {
        var book = Made(Lrv());
        var melding = Assert.Single(book.Meldingen);
        Assert.Null(melding.Einddatum);

        var seen = MeldingDesk.Reconcile(book, [Lrv(Back)], Mandate(), Known);
        var early = MeldingDesk.Reconcile(book, [Lrv(Back)], Mandate(), Known.AddHours(24).AddTicks(-1));
        var due = MeldingDesk.Reconcile(book, [Lrv(Back)], Mandate(), Known.AddHours(24));
        var later = MeldingDesk.Reconcile(book, [Lrv(Back)], Mandate(), Known.AddDays(10));

        Assert.Empty(seen.Effects);
        Assert.Equal(Known.AddHours(24), seen.NextDueAt);
        Assert.Empty(early.Effects);
        Assert.Equal(Back, Assert.IsType<EinddatumSet>(Assert.Single(due.Effects)).Einddatum);
        Assert.Equal(Back, melding.Einddatum);
        Assert.Empty(later.Effects);
    }

    [Fact]
    public void Should_not_send_the_einddatum_when_it_flips_back_before_it_was_stable()
    {
        var book = Made(Lrv());
        MeldingDesk.Reconcile(book, [Lrv(Back)], Mandate(), Known);

        var flipped = MeldingDesk.Reconcile(book, [Lrv()], Mandate(), Known.AddHours(2));
        var effects = new[] { Known.AddHours(24), Known.AddDays(5) }.SelectMany(at => MeldingDesk.Reconcile(book, [Lrv()], Mandate(), at).Effects);

        var melding = Assert.Single(book.Meldingen);
        Assert.Null(melding.PendingEinddatum);
        Assert.Null(melding.Einddatum);
        Assert.Empty(flipped.Effects);
        Assert.Empty(effects);
    }

    [Fact]
    public void Should_restart_the_wait_when_the_einddatum_changes_before_it_was_sent()
    {
        var book = Made(Lrv());
        var later = Back.AddDays(3);
        MeldingDesk.Reconcile(book, [Lrv(Back)], Mandate(), Known);

        MeldingDesk.Reconcile(book, [Lrv(later)], Mandate(), Known.AddHours(12));
        var first = MeldingDesk.Reconcile(book, [Lrv(later)], Mandate(), Known.AddHours(24));
        var second = MeldingDesk.Reconcile(book, [Lrv(later)], Mandate(), Known.AddHours(36));

        Assert.Empty(first.Effects);
        Assert.Equal(later, Assert.IsType<EinddatumSet>(Assert.Single(second.Effects)).Einddatum);
    }

    [Fact]
    public void Should_open_no_second_melding_when_a_new_finding_overlaps_a_made_melding_of_the_same_kind()
    {
        var book = Made(Sixteen());
        var recut = Sixteen("16u-P1-20250915", begin: new DateOnly(2025, 9, 15), trigger: new DateOnly(2025, 10, 9));

        var outcomes = new[] { Known, Known.AddDays(10) }.Select(at => MeldingDesk.Reconcile(book, [Sixteen(), recut], Mandate(), at)).ToList();

        Assert.Single(book.Meldingen);
        Assert.All(outcomes, o => Assert.Empty(o.Effects));
    }

    [Fact]
    public void Should_ask_the_school_and_open_no_second_melding_when_a_correction_recuts_the_episode_of_a_sent_melding()
    {
        var book = Made(Sixteen());
        var recut = Sixteen("16u-P1-20250915", begin: new DateOnly(2025, 9, 15), trigger: new DateOnly(2025, 10, 9));

        // The correction removes the old finding and a re-cut one of the same episode appears in the same evaluation.
        var outcomes = new[] { Known, Known.AddDays(30) }.Select(at => MeldingDesk.Reconcile(book, [recut], Mandate(), at)).ToList();

        Assert.IsType<DecisionRequired>(Assert.Single(outcomes[0].Effects));
        Assert.Empty(outcomes[1].Effects);
        Assert.Single(book.Meldingen);

        // Only once the school withdrew the melding may the re-cut finding become a melding of its own.
        var first = book.Meldingen[0];
        MeldingDesk.Decide(book, first.MeldingId, SchoolDecision.Intrekken, "Registratie was onjuist.", null, Mandate(), Known.AddDays(31));
        MeldingDesk.Reconcile(book, [recut], Mandate(), Known.AddDays(32));
        var made = MeldingDesk.Reconcile(book, [recut], Mandate(), Known.AddDays(40));

        Assert.IsType<MeldingMade>(Assert.Single(made.Effects));
        Assert.Equal(2, book.Meldingen.Count);
    }

    [Fact]
    public void Should_link_the_vervolgmelding_to_the_melding_before_it_when_a_new_16_hours_follow_a_made_melding()
    {
        var book = Made(Sixteen());
        var first = Assert.Single(book.Meldingen);
        var trigger = new DateOnly(2025, 11, 13);
        var vervolg = Sixteen("16u-P1-20251003", begin: new DateOnly(2025, 10, 3), trigger: trigger, vervolg: true);
        var raised = new DateTimeOffset(2025, 11, 13, 15, 0, 0, TimeSpan.Zero);

        MeldingDesk.Reconcile(book, [Sixteen(), vervolg], Mandate(), raised);
        var outcome = MeldingDesk.Reconcile(book, [Sixteen(), vervolg], Mandate(), raised.AddDays(7));

        var made = Assert.IsType<MeldingMade>(Assert.Single(outcome.Effects)).Melding;
        Assert.NotEqual(first.MeldingId, made.MeldingId);
        Assert.Equal(first.MeldingId, made.FollowsMeldingId);
        Assert.True(made.IsVervolgmelding);
        Assert.Null(first.FollowsMeldingId);
    }
}
