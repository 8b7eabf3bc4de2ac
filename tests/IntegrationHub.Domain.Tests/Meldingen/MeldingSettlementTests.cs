using IntegrationHub.Domain.Meldingen;
using IntegrationHub.Domain.Settings;
using static IntegrationHub.Domain.Tests.Meldingen.Desk;

namespace IntegrationHub.Domain.Tests.Meldingen;

public class MeldingSettlementTests
{
    private static Verzuimmelding Concept(DateOnly trigger, DateTimeOffset changedAt, DateOnly? deadline = null) => new()
    {
        TriggeredOn = trigger,
        ContentChangedAt = changedAt,
        Deadline = deadline,
    };

    private static DateTimeOffset Local(int year, int month, int day, int hour = 0) =>
        Mandate().StartOf(new DateOnly(year, month, day)).AddHours(hour);

    [Fact]
    public void Should_settle_at_the_start_of_tuesday_when_the_trigger_is_on_thursday_and_a_weekend_lies_between()
    {
        var melding = Concept(new DateOnly(2025, 10, 2), changedAt: Raised);

        var settles = MeldingSettlement.SettlesAt(melding, Mandate());

        Assert.Equal(new DateTimeOffset(2025, 10, 6, 22, 0, 0, TimeSpan.Zero), settles); // Tuesday 00:00 CEST
        Assert.True(settles >= Local(2025, 10, 7));
    }

    [Fact]
    public void Should_wait_24_hours_unchanged_when_that_is_later_than_two_school_days()
    {
        var changed = new DateTimeOffset(2025, 10, 6, 12, 0, 0, TimeSpan.Zero);
        var melding = Concept(new DateOnly(2025, 10, 2), changed);

        Assert.Equal(changed.AddHours(24), MeldingSettlement.SettlesAt(melding, Mandate()));
    }

    [Fact]
    public void Should_settle_one_working_day_before_the_deadline_when_waiting_would_be_later()
    {
        // Changed on 7 October 10:00: 24 hours unchanged would be 8 October 10:00, past the cap (8 October 00:00).
        var changed = new DateTimeOffset(2025, 10, 7, 10, 0, 0, TimeSpan.Zero);
        var melding = Concept(new DateOnly(2025, 10, 2), changed, deadline: new DateOnly(2025, 10, 9));

        var settles = MeldingSettlement.SettlesAt(melding, Mandate());

        Assert.Equal(Local(2025, 10, 8), settles);
        Assert.Equal(MeldingSettlement.LatestToMeetDeadline(melding, Mandate()), settles);
    }

    [Fact]
    public void Should_wait_the_minimum_quiet_time_after_the_last_change_when_the_deadline_cap_has_passed()
    {
        // A late batch: the finding changed at 8 October 10:00, after the cap; it is made 10 minutes later, not at once.
        var changed = new DateTimeOffset(2025, 10, 8, 10, 0, 0, TimeSpan.Zero);
        var melding = Concept(new DateOnly(2025, 10, 2), changed, deadline: new DateOnly(2025, 10, 9));

        Assert.Equal(changed.AddMinutes(10), MeldingSettlement.SettlesAt(melding, Mandate()));
    }

    [Fact]
    public void Should_settle_before_the_two_school_days_have_passed_when_the_deadline_comes_first()
    {
        var melding = Concept(new DateOnly(2025, 10, 2), Raised, deadline: new DateOnly(2025, 10, 6));

        Assert.Equal(Local(2025, 10, 3), MeldingSettlement.SettlesAt(melding, Mandate()));
    }

    [Fact]
    public void Should_not_count_the_herfstvakantie_when_counting_two_school_days()
    {
        // Thursday 16 October; Friday 17 is a school day, 18-26 October is the herfstvakantie (Midden).
        var melding = Concept(new DateOnly(2025, 10, 16), new DateTimeOffset(2025, 10, 16, 15, 0, 0, TimeSpan.Zero));

        var settles = MeldingSettlement.SettlesAt(melding, Mandate());

        Assert.Equal(Local(2025, 10, 28), settles); // after Friday 17 and Monday 27
        Assert.Equal(new DateTimeOffset(2025, 10, 27, 23, 0, 0, TimeSpan.Zero), settles); // CET after the clocks went back
    }

    [Fact]
    public void Should_not_count_a_public_holiday_when_counting_two_school_days()
    {
        // Friday 22 May 2026; Monday 25 May is Tweede Pinksterdag.
        Assert.False(Desk.Calendar.IsSchoolDay(new DateOnly(2026, 5, 25)));
        var melding = Concept(new DateOnly(2026, 5, 22), new DateTimeOffset(2026, 5, 22, 15, 0, 0, TimeSpan.Zero));

        Assert.Equal(Local(2026, 5, 28), MeldingSettlement.SettlesAt(melding, Mandate()));
    }

    [Fact]
    public void Should_give_utc_instants_when_the_school_counts_its_days_in_amsterdam()
    {
        var melding = Concept(new DateOnly(2025, 10, 2), Raised, deadline: new DateOnly(2025, 10, 9));
        melding.PendingEinddatumSince = Raised;
        var context = Mandate();

        Assert.All(
            new[]
            {
                MeldingSettlement.SettlesAt(melding, context),
                MeldingSettlement.LatestToMeetDeadline(melding, context)!.Value,
                MeldingSettlement.ReminderAt(melding, context)!.Value,
                MeldingSettlement.EinddatumDueAt(melding, context)!.Value,
                MeldingSettlement.DigestAt(Raised, context),
            },
            at => Assert.Equal(TimeSpan.Zero, at.Offset));
    }

    [Fact]
    public void Should_remind_at_the_start_of_the_day_two_working_days_before_the_deadline_when_a_deadline_is_known()
    {
        var melding = Concept(new DateOnly(2025, 10, 2), Raised, deadline: new DateOnly(2025, 10, 9));

        Assert.Equal(Local(2025, 10, 7), MeldingSettlement.ReminderAt(melding, Mandate()));
        Assert.Null(MeldingSettlement.ReminderAt(Concept(new DateOnly(2025, 10, 2), Raised), Mandate()));
    }

    [Fact]
    public void Should_send_the_einddatum_after_it_was_unchanged_for_the_settle_time_when_it_is_pending()
    {
        var melding = Concept(new DateOnly(2025, 10, 2), Raised);
        Assert.Null(MeldingSettlement.EinddatumDueAt(melding, Mandate()));

        melding.PendingEinddatumSince = Raised;

        Assert.Equal(Raised.AddHours(48), MeldingSettlement.EinddatumDueAt(melding, Mandate(new MeldingSettings(UnchangedHours: 48))));
    }

    [Fact]
    public void Should_send_the_digest_at_17_local_today_or_tomorrow_when_that_hour_has_passed()
    {
        var morning = Local(2025, 10, 2, 9);
        var evening = Local(2025, 10, 2, 18);

        Assert.Equal(Local(2025, 10, 2, 17), MeldingSettlement.DigestAt(morning, Mandate()));
        Assert.Equal(Local(2025, 10, 3, 17), MeldingSettlement.DigestAt(evening, Mandate()));
    }
}
