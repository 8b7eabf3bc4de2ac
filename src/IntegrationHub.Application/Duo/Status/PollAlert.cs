namespace IntegrationHub.Application.Duo.Status;

/// <summary>
/// The poll alert, pure: the poll is overdue when it has not succeeded for <c>alertAfter</c>, counted from the last
/// success, or from when polling started if it never succeeded. The alert is raised once per episode and cleared by the
/// next success.
/// </summary>
public static class PollAlert
{
    public static TimeSpan Age(DateTimeOffset? lastSuccessAt, DateTimeOffset startedAt, DateTimeOffset now)
    {
        var age = now - (lastSuccessAt ?? startedAt);
        return age < TimeSpan.Zero ? TimeSpan.Zero : age;
    }

    public static bool IsOverdue(TimeSpan age, TimeSpan alertAfter) => age >= alertAfter;

    /// <returns>The alert's new state and what changed.</returns>
    public static (bool Alerting, PollAlertTransition Transition) Next(bool alerting, bool overdue) => (alerting, overdue) switch
    {
        (false, true) => (true, PollAlertTransition.Raised),
        (true, false) => (false, PollAlertTransition.Cleared),
        _ => (alerting, PollAlertTransition.None),
    };
}
