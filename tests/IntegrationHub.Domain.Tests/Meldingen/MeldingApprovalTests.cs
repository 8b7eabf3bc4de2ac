using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Settings;
using static IntegrationHub.Domain.Tests.Meldingen.Desk;

namespace IntegrationHub.Domain.Tests.Meldingen;

public class MeldingApprovalTests
{
    /// <summary>Settles after one school day (once Friday 3 October is over), so the reminder (Tuesday 7 October) comes later.</summary>
    private static readonly MeldingContext Context = Approval(new MeldingSettings(ParentsSchoolDays: 1));

    private static readonly DateTimeOffset SettlesAfterFriday = new(2025, 10, 3, 22, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset ReminderTuesday = new(2025, 10, 6, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_ask_the_school_and_send_nothing_when_the_school_approves_its_meldingen()
    {
        var (book, outcome) = RaisedThenAt(Sixteen(), Context, SettlesAfterFriday);

        var melding = Assert.Single(book.Meldingen);
        Assert.Equal(MeldingState.AkkoordGevraagd, melding.State);
        Assert.False(Assert.IsType<ApprovalRequested>(Assert.Single(outcome.Effects)).IsReminder);
        Assert.Equal(ReminderTuesday, outcome.NextDueAt);
        Assert.Equal(ReminderTuesday, MeldingSettlement.ReminderAt(melding, Context));
    }

    [Fact]
    public void Should_remind_the_school_once_when_the_reminder_time_passes()
    {
        var (book, _) = RaisedThenAt(Sixteen(), Context, SettlesAfterFriday);

        var before = MeldingDesk.Reconcile(book, [Sixteen()], Context, ReminderTuesday.AddTicks(-1));
        var at = MeldingDesk.Reconcile(book, [Sixteen()], Context, ReminderTuesday);
        var after = MeldingDesk.Reconcile(book, [Sixteen()], Context, ReminderTuesday.AddDays(5));

        Assert.Empty(before.Effects);
        Assert.True(Assert.IsType<ApprovalRequested>(Assert.Single(at.Effects)).IsReminder);
        Assert.Empty(after.Effects);
        Assert.Equal(ReminderTuesday, Assert.Single(book.Meldingen).ReminderSentAt);
    }

    [Fact]
    public void Should_send_the_request_alone_when_the_reminder_would_come_at_the_same_time()
    {
        // With the default settle rule a late finding is asked for after the reminder time has passed: the request
        // names the deadline itself, and no second message follows.
        var late = Approval(new MeldingSettings());
        var (book, outcome) = RaisedThenAt(Sixteen(), late, ReminderTuesday.AddDays(1));

        Assert.False(Assert.IsType<ApprovalRequested>(Assert.Single(outcome.Effects)).IsReminder);
        Assert.Empty(MeldingDesk.Reconcile(book, [Sixteen()], late, ReminderTuesday.AddDays(2)).Effects);
        Assert.Null(Assert.Single(book.Meldingen).ReminderSentAt);
    }

    [Fact]
    public void Should_never_make_the_melding_when_the_school_has_not_approved_it()
    {
        var (book, _) = RaisedThenAt(Sixteen(), Context, SettlesAfterFriday);

        var effects = new[] { ReminderTuesday, ReminderTuesday.AddDays(3), ReminderTuesday.AddDays(60) }
            .SelectMany(at => MeldingDesk.Reconcile(book, [Sixteen()], Context, at).Effects);

        Assert.DoesNotContain(effects, e => e is MeldingMade);
        Assert.Equal(MeldingState.AkkoordGevraagd, Assert.Single(book.Meldingen).State);
    }

    [Fact]
    public void Should_make_the_melding_with_the_schools_melder_when_the_school_approves()
    {
        var (book, _) = RaisedThenAt(Sixteen(), Context, SettlesAfterFriday);
        var melding = Assert.Single(book.Meldingen);
        var approvedAt = SettlesAfterFriday.AddHours(3);
        var other = SchoolMelder with { Naam = "A. Jansen" };

        var outcome = MeldingDesk.Decide(book, melding.MeldingId, SchoolDecision.Akkoord, null, other, Context, approvedAt);

        Assert.Same(melding, Assert.IsType<MeldingMade>(Assert.Single(outcome.Effects)).Melding);
        Assert.Equal(MeldingState.Gereed, melding.State);
        Assert.Equal(approvedAt, melding.ApprovedAt);
        Assert.Equal("A. Jansen", melding.Melder!.Naam);
    }

    [Fact]
    public void Should_lapse_quietly_when_the_finding_of_an_unapproved_melding_disappears()
    {
        var (book, _) = RaisedThenAt(Sixteen(), Context, SettlesAfterFriday);

        var outcome = MeldingDesk.Reconcile(book, [], Context, SettlesAfterFriday.AddHours(1));

        Assert.Equal(MeldingState.Vervallen, Assert.Single(book.Meldingen).State);
        Assert.Empty(PartnerEffects(outcome));
    }
}
