namespace IntegrationHub.Domain.Meldingen;

/// <summary>
/// When a finding settles into a melding: a pure function of the melding (its trigger day, deadline and last change),
/// the settle rule and the calendar. Defaults (domain.md section 4): at least 2 school days have passed since the
/// triggering day (parents may still report sickness or ask for leave, Leerplichtwet art. 12 and 14(2)), and the
/// finding has not changed for 24 hours; but always made at least one working day before the legal deadline.
/// </summary>
public static class MeldingSettlement
{
    public static DateTimeOffset SettlesAt(Verzuimmelding melding, MeldingContext context)
    {
        ArgumentNullException.ThrowIfNull(melding);
        ArgumentNullException.ThrowIfNull(context);
        var parents = context.StartOf(AfterSchoolDays(melding.TriggeredOn, context.Settings.ParentsSchoolDays, context));
        var stable = melding.ContentChangedAt + context.Settings.UnchangedFor;
        var settles = parents > stable ? parents : stable;
        if (LatestToMeetDeadline(melding, context) is { } latest && latest < settles)
        {
            settles = latest;
        }

        var quiet = melding.ContentChangedAt + TimeSpan.FromMinutes(context.Settings.MinimumQuietMinutes);
        return quiet > settles ? quiet : settles;
    }

    /// <summary>The start of the working day <c>DeadlineMarginWorkingDays</c> before the deadline, or null without one.</summary>
    public static DateTimeOffset? LatestToMeetDeadline(Verzuimmelding melding, MeldingContext context) =>
        WorkingDaysBeforeDeadline(melding, context, context?.Settings.DeadlineMarginWorkingDays ?? 0);

    /// <summary>When a school that approves is reminded: the start of the day N working days before the deadline.</summary>
    public static DateTimeOffset? ReminderAt(Verzuimmelding melding, MeldingContext context) =>
        WorkingDaysBeforeDeadline(melding, context, context?.Settings.ReminderWorkingDaysBeforeDeadline ?? 0);

    /// <summary>When a pending einddatum follows the sent melding: once it has not changed for the settle rule's time.</summary>
    public static DateTimeOffset? EinddatumDueAt(Verzuimmelding melding, MeldingContext context)
    {
        ArgumentNullException.ThrowIfNull(melding);
        ArgumentNullException.ThrowIfNull(context);
        return melding.PendingEinddatumSince is { } since ? since + context.Settings.UnchangedFor : null;
    }

    /// <summary>When the findings digest of changes made at <paramref name="now"/> goes out: the end of that school day
    /// (<c>DigestHour</c>, local), or of the next day once that hour has passed.</summary>
    public static DateTimeOffset DigestAt(DateTimeOffset now, MeldingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = context.DateOf(now);
        var at = context.StartOf(today).AddHours(context.Settings.DigestHour);
        return at > now ? at : context.StartOf(today.AddDays(1)).AddHours(context.Settings.DigestHour);
    }

    /// <summary>The day after the <paramref name="schoolDays"/>-th school day following <paramref name="day"/>.</summary>
    private static DateOnly AfterSchoolDays(DateOnly day, int schoolDays, MeldingContext context)
    {
        var date = day;
        for (var counted = 0; counted < schoolDays && date < day.AddDays(400);)
        {
            date = date.AddDays(1);
            if (context.Calendar.IsSchoolDay(date))
            {
                counted++;
            }
        }

        return date.AddDays(1);
    }

    /// <summary>The start of the day <paramref name="workingDays"/> working days before the melding's deadline, or null without one.</summary>
    private static DateTimeOffset? WorkingDaysBeforeDeadline(Verzuimmelding melding, MeldingContext context, int workingDays)
    {
        ArgumentNullException.ThrowIfNull(melding);
        ArgumentNullException.ThrowIfNull(context);
        return melding.Deadline is { } deadline ? context.StartOf(SubtractWorkingDays(deadline, workingDays, context)) : null;
    }

    private static DateOnly SubtractWorkingDays(DateOnly date, int days, MeldingContext context)
    {
        var result = date;
        for (var removed = 0; removed < days;)
        {
            result = result.AddDays(-1);
            if (context.Calendar.IsWorkingDay(result))
            {
                removed++;
            }
        }

        return result;
    }
}
