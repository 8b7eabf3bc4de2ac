namespace IntegrationHub.Domain.Settings;

/// <summary>
/// When a finding settles into a melding (domain.md section 4, "A melding is a formal act"). By default a finding
/// settles once <paramref name="ParentsSchoolDays"/> school days have passed since the day that triggered it (parents
/// may still report sickness or ask for leave: Leerplichtwet art. 12, 14(2)) and it has not changed for
/// <paramref name="UnchangedHours"/> hours; whatever that says, it is made at least
/// <paramref name="DeadlineMarginWorkingDays"/> working day(s) before the legal deadline. A school that approves its own
/// meldingen gets a reminder <paramref name="ReminderWorkingDaysBeforeDeadline"/> working days before the deadline.
/// School feedback about changed findings is bundled in one digest at <paramref name="DigestHour"/> (local time)
/// on the day of the change. Even when the deadline presses (facts that arrive late), a melding is made no sooner than
/// <paramref name="MinimumQuietMinutes"/> after its finding last changed, so a batch the LVS is still sending completes first.
/// </summary>
public sealed record MeldingSettings(
    int ParentsSchoolDays = 2,
    int UnchangedHours = 24,
    int DeadlineMarginWorkingDays = 1,
    int ReminderWorkingDaysBeforeDeadline = 2,
    int DigestHour = 17,
    int MinimumQuietMinutes = 10)
{
    public TimeSpan UnchangedFor => TimeSpan.FromHours(UnchangedHours);
}
