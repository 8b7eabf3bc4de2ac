using IntegrationHub.Domain.Meldingen;
using static IntegrationHub.Domain.Tests.Meldingen.Desk;

namespace IntegrationHub.Domain.Tests.Meldingen;

public class MeldingMandateTests
{
    [Fact]
    public void Should_make_the_melding_once_when_it_settles_on_the_schools_mandate()
    {
        var (book, outcome) = RaisedThenAt(Sixteen(), Mandate(), Settles);
        var later = MeldingDesk.Reconcile(book, [Sixteen()], Mandate(), Settles.AddDays(3));

        var melding = Assert.Single(book.Meldingen);
        Assert.Equal(MeldingState.Gereed, melding.State);
        Assert.Same(melding, Assert.IsType<MeldingMade>(Assert.Single(outcome.Effects)).Melding);
        Assert.Equal(Settles, melding.MadeAt);
        Assert.Equal(SchoolMelder, melding.Melder);
        Assert.Empty(later.Effects);
    }

    [Fact]
    public void Should_make_the_melding_once_when_the_clock_jumps_far_past_its_settle_time()
    {
        var book = new MeldingBook();
        MeldingDesk.Reconcile(book, [Sixteen()], Mandate(), Raised);

        var effects = new[] { Settles.AddDays(1), Settles.AddDays(2), Settles.AddDays(30) }
            .SelectMany(at => MeldingDesk.Reconcile(book, [Sixteen()], Mandate(), at).Effects)
            .ToList();

        Assert.Single(effects.OfType<MeldingMade>());
    }

    [Fact]
    public void Should_never_make_the_melding_when_the_school_has_no_melder_settings()
    {
        var (book, outcome) = RaisedThenAt(Sixteen(), WithPolicy(null), Settles.AddDays(1));

        Assert.Equal(MeldingState.Concept, Assert.Single(book.Meldingen).State);
        Assert.Empty(outcome.Effects);
        Assert.True(outcome.NextDueAt > Settles.AddDays(1));
    }

    [Fact]
    public void Should_never_make_the_melding_when_the_schools_melder_is_incomplete()
    {
        var incomplete = new SchoolMeldingPolicy(RequiresApproval: false, SchoolMelder with { Email = " " });
        var at = Settles.AddDays(1);

        var (book, outcome) = RaisedThenAt(Sixteen(), WithPolicy(incomplete), at);

        var melding = Assert.Single(book.Meldingen);
        Assert.Equal(MeldingState.Concept, melding.State);
        Assert.Null(melding.MadeAt);
        Assert.Empty(outcome.Effects);
        Assert.True(outcome.NextDueAt > at);
    }
}
